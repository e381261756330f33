package vn.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import vn.planflow.web.PlanApiService;
import vn.planflow.web.TaskApiController;

/** The list queries a user waits for, timed while the task table holds the extra open tasks. */
final class Latencies {
    private Latencies() {
    }

    static void measure(Size size, ApplicationContext context, Baseline baseline, PlanYearDriver driver, Figures f) {
        List<String> groups = new ArrayList<>();
        groups.add(CountryFixture.MINISTRY + "-s1.drafter");
        for (int p = 1; p <= size.provinces(); p++) {
            groups.add(CountryFixture.province(p) + "-s1.drafter");
            CountryFixture.communes(size, p).forEach(c -> groups.add(c + "-s1.drafter"));
        }
        // the queries are timed for a province office that has one in a hundred of the open tasks
        String user = CountryFixture.province(1) + "-s1.drafter";
        String group = user;
        f.phase("open " + size.openTasks() + " more tasks", () -> {
            baseline.openTasks(size.openTasks(), groups, group);
            return null;
        });
        TaskService tasks = context.getBean(TaskService.class);
        f.put("open tasks during the queries", tasks.createTaskQuery().count());
        f.put("open tasks of the office whose queries are timed", tasks.createTaskQuery().taskCandidateGroup(group).count());
        // what GET /engine-rest/task?candidateGroup=..&firstResult=0&maxResults=15 runs, as that user
        f.latency("task query by candidate group, first page", 200, () -> driver.as(user,
                () -> tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc().listPage(0, 15)));
        TaskApiController api = context.getBean(TaskApiController.class);
        f.latency("GET /api/tasks (service, first page of 50)", 50, () -> driver.as(user, () -> api.mine(0, 50)));
        PlanApiService plans = context.getBean(PlanApiService.class);
        String head = CountryFixture.province(1) + "-s0.head";
        f.latency("GET /api/plans (service)", 50, () -> driver.as(head, () -> plans.list(head)));
    }
}
