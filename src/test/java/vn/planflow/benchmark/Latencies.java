package vn.planflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import vn.planflow.support.WorkFilters;
import vn.planflow.web.PlanApiService;
import vn.planflow.web.TaskApiController;

/** The list queries a user waits for, timed while the task table holds the extra open tasks. */
final class Latencies {
    /** Each query is sampled for at most this long: enough for 200 calls of a query that meets its target. */
    private static final Duration BUDGET = Duration.ofMinutes(3);
    private static final int CANCEL_AFTER_SECONDS = 60;

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
        // the engine's statements are cancelled by the database after this long while the queries are timed
        Configuration mybatis = context.getBean(ProcessEngineConfigurationImpl.class).getSqlSessionFactory().getConfiguration();
        Integer before = mybatis.getDefaultStatementTimeout();
        mybatis.setDefaultStatementTimeout(CANCEL_AFTER_SECONDS);
        try {
            time(context, driver, tasks, user, group, f);
        } finally {
            mybatis.setDefaultStatementTimeout(before);
        }
    }

    private static void time(ApplicationContext context, PlanYearDriver driver, TaskService tasks,
                             String user, String group, Figures f) {
        f.put("open tasks during the queries", tasks.createTaskQuery().count());
        f.put("open tasks of the office whose queries are timed", tasks.createTaskQuery().taskCandidateGroup(group).count());
        f.put("queries: budget per query (s) / engine statements cancelled after (s)",
                BUDGET.toSeconds() + " / " + CANCEL_AFTER_SECONDS);
        // what GET /engine-rest/task?candidateGroup=..&firstResult=0&maxResults=15 runs, as that user
        f.latency("task query by candidate group, first page", 200, BUDGET, () -> driver.as(user,
                () -> tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc().listPage(0, 15)));
        // Tasklist's first list, "Việc của tôi" (claimed by me or waiting for my groups), as
        // GET /engine-rest/filter/{id}/list?firstResult=0&maxResults=15 runs it for that user
        FilterService filters = context.getBean(FilterService.class);
        String mine = filters.createFilterQuery().filterName(WorkFilters.MINE).singleResult().getId();
        f.latency("Tasklist filter \"Việc của tôi\", first page", 100, BUDGET,
                () -> driver.as(user, () -> filters.listPage(mine, 0, 15)));
        TaskApiController api = context.getBean(TaskApiController.class);
        f.latency("GET /api/tasks (service, first page of 50)", 50, BUDGET, () -> driver.as(user, () -> api.mine(0, 50)));
        PlanApiService plans = context.getBean(PlanApiService.class);
        String head = CountryFixture.province(1) + "-s0.head";
        f.latency("GET /api/plans (service)", 50, BUDGET, () -> driver.as(head, () -> plans.list(head)));
    }
}
