package vn.planflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    private static final int WEB_WARM_UP = 1000;

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
        String office = CountryFixture.province(1) + "-s1";
        String user = office + ".drafter";
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
            List<TimedList> lists = timeServices(context, driver, tasks, user, group, f);
            timeOverHttp(new EndpointCalls(context), lists, user, office, f);
        } finally {
            mybatis.setDefaultStatementTimeout(before);
        }
    }

    /** Times each list at its service; returns the lists, to be timed over HTTP next. */
    private static List<TimedList> timeServices(ApplicationContext context, PlanYearDriver driver, TaskService tasks,
                                                String user, String group, Figures f) {
        f.put("open tasks during the queries", tasks.createTaskQuery().count());
        f.put("open tasks of the office whose queries are timed", tasks.createTaskQuery().taskCandidateGroup(group).count());
        f.put("queries: budget per query (s) / engine statements cancelled after (s)",
                BUDGET.toSeconds() + " / " + CANCEL_AFTER_SECONDS);
        FilterService filters = context.getBean(FilterService.class);
        String mine = filters.createFilterQuery().filterName(WorkFilters.MINE).singleResult().getId();
        TaskApiController api = context.getBean(TaskApiController.class);
        PlanApiService plans = context.getBean(PlanApiService.class);
        String head = CountryFixture.province(1) + "-s0.head";
        List<TimedList> lists = List.of(
                new TimedList("task query by candidate group, first page",
                        "HTTP GET /engine-rest/task by candidate group, first page", 200, user,
                        "/engine-rest/task?candidateGroup=" + group + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15",
                        () -> driver.as(user, () -> tasks.createTaskQuery().taskCandidateGroup(group)
                                .orderByTaskCreateTime().desc().listPage(0, 15)).size()),
                // Tasklist's first list: claimed by me or waiting for my groups
                new TimedList("Tasklist filter \"Việc của tôi\", first page",
                        "HTTP GET /engine-rest/filter/{id}/list \"Việc của tôi\", first page", 100, user,
                        "/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=15",
                        () -> driver.as(user, () -> filters.listPage(mine, 0, 15)).size()),
                new TimedList("GET /api/tasks (service, first page of 50)", "HTTP GET /api/tasks, first page of 50", 50,
                        user, "/api/tasks?firstResult=0&maxResults=50",
                        () -> driver.as(user, () -> api.mine(0, 50)).getBody().size()),
                new TimedList("GET /api/plans (service)", "HTTP GET /api/plans", 50, head, "/api/plans",
                        () -> driver.as(head, () -> plans.list(head)).size()));
        for (TimedList list : lists) {
            f.latency(list.serviceRow(), list.samples(), BUDGET, list.service()::get);
        }
        return lists;
    }

    /** Times the same lists through HTTP, once the web path is warm and each answers as its service. */
    private static void timeOverHttp(EndpointCalls http, List<TimedList> lists, String user, String office, Figures f) {
        // the year drove the services directly, so the web path (Tomcat, security, Jersey, MVC,
        // JSON) has not been compiled yet; a node that serves people has it warm
        for (int i = 0; i < WEB_WARM_UP; i++) {
            http.get(user, "/engine-rest/user?id=" + user);
            http.get(user, "/api/units/" + office);
        }
        f.put("HTTP: light requests that warmed the web path first", 2 * WEB_WARM_UP);
        for (TimedList list : lists) {
            int overHttp = http.get(list.person(), list.path());
            int fromTheService = list.service().get();
            if (overHttp != fromTheService) { // then the two rows would time different lists
                throw new IllegalStateException(list.path() + " answered " + overHttp + " entries, its service " + fromTheService);
            }
            f.latency(list.httpRow(), list.samples(), BUDGET, () -> http.get(list.person(), list.path()));
        }
    }

    /** One list a person waits for: as its service runs it, and as its endpoint answers it over HTTP. */
    private record TimedList(String serviceRow, String httpRow, int samples, String person, String path,
                             Supplier<Integer> service) {
    }
}
