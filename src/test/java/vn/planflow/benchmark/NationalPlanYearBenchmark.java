package vn.planflow.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.planflow.PlanFlowApplication;
import vn.planflow.identity.IdentityAdminService;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.unit.UnitAdminService;
import vn.planflow.web.PlanApiService;
import vn.planflow.web.TaskApiController;

/**
 * "National plan year": one ministry plan to every province, one plan of each province to its
 * communes, one plan of each commune reported to its province, all through the real issuance
 * process; then the bare-engine baseline, a load of open tasks, and the query latencies.
 * Usage: {@code mvn -o -Pbenchmark exec:java -Dexec.args="--provinces 2 --communes 30"}.
 */
public final class NationalPlanYearBenchmark {
    private NationalPlanYearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Size size = Size.parse(args);
        run(size, Path.of(System.getProperty("planflow.benchmark.dir", "target/benchmark")));
        System.exit(0);
    }

    static Figures run(Size size, Path out) throws IOException {
        Figures f = new Figures();
        f.put("scenario", size.label());
        f.put("processors", Runtime.getRuntime().availableProcessors());
        // given as command-line arguments: they must win over application.yml
        Map<String, Object> props = new HashMap<>();
        EmbeddedPostgres pg = null;
        Path h2 = out.resolve("h2");
        if (size.postgres()) {
            pg = EmbeddedPostgres.builder().start();
            props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "postgres");
        } else {
            delete(h2);
            props.put("spring.datasource.url", "jdbc:h2:file:" + h2.toAbsolutePath().resolve("planflow")
                    + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE");
        }
        props.put("camunda.bpm.job-execution.enabled", "false");
        props.put("planflow.demo.enabled", "false");
        props.put("planflow.files.dir", out.resolve("files").toString());
        props.put("server.port", "0");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanFlowApplication.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            f.put("start (ms)", (System.nanoTime() - started) / 1_000_000);
            f.put("RSS after start (MiB)", Figures.procStatus("VmRSS"));
            scenario(size, context, f);
            f.memory();
            f.put("database size (MiB)", DatabaseFigures.size(context, size.postgres(), h2));
            DatabaseFigures.historyRows(context, size, f);
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
        f.write(out, "National plan year — " + size.label());
        return f;
    }

    private static void scenario(Size size, ConfigurableApplicationContext context, Figures f) {
        f.phase("create country", () -> {
            CountryFixture.create(size, context.getBean(UnitAdminService.class), context.getBean(IdentityAdminService.class));
            return null;
        });
        PlanYearDriver driver = new PlanYearDriver(context, f);
        List<String> provinces = new ArrayList<>();
        for (int p = 1; p <= size.provinces(); p++) {
            provinces.add(CountryFixture.province(p));
        }
        long issuing = System.nanoTime();
        f.phase("ministry plan", () -> driver.issue(CountryFixture.MINISTRY, "Phát triển văn hóa đọc năm 2026",
                provinces, RecipientPurpose.ACTION));
        f.phase("province plans", () -> {
            for (int p = 1; p <= size.provinces(); p++) {
                driver.issue(CountryFixture.province(p), "Phát triển văn hóa đọc năm 2026 trên địa bàn tỉnh",
                        CountryFixture.communes(size, p), RecipientPurpose.ACTION);
            }
            return null;
        });
        f.phase("commune plans", () -> {
            for (int p = 1; p <= size.provinces(); p++) {
                for (String commune : CountryFixture.communes(size, p)) {
                    driver.issue(commune, "Phát triển văn hóa đọc năm 2026 trên địa bàn xã",
                            List.of(CountryFixture.province(p)), RecipientPurpose.REPORT);
                }
            }
            return null;
        });
        double planflowSeconds = (System.nanoTime() - issuing) / 1e9;
        f.put("plans issued", f.documents);
        f.put("user tasks completed", f.userTasks);
        f.put("jobs executed", f.jobs);
        f.put("user tasks per second", f.userTasks / planflowSeconds);
        f.put("jobs per second", f.jobs / planflowSeconds);
        f.put("documents per second", f.documents / planflowSeconds);
        f.put("ms per plan (whole issuance incl. DOCX)", planflowSeconds * 1000 / f.documents);

        Baseline baseline = new Baseline(context);
        long[] counted = new long[2];
        long base = System.nanoTime();
        f.phase("baseline, same plans", () -> {
            count(counted, baseline.drive(CountryFixture.MINISTRY + "-s0.drafter", size.provinces()));
            for (int p = 1; p <= size.provinces(); p++) {
                count(counted, baseline.drive(CountryFixture.province(p) + "-s0.drafter", size.communesPerProvince()));
                for (String commune : CountryFixture.communes(size, p)) {
                    count(counted, baseline.drive(commune + "-s0.drafter", 1));
                }
            }
            return null;
        });
        double baseSeconds = (System.nanoTime() - base) / 1e9;
        f.put("baseline user tasks / jobs", counted[0] + " / " + counted[1]);
        f.put("baseline ms per plan", baseSeconds * 1000 / size.plans());
        f.put("ratio PlanFlow / baseline (time per plan)", planflowSeconds / baseSeconds);
        // commune plans run warm and have one recipient each, so they compare best with the baseline's
        int communes = size.provinces() * size.communesPerProvince();
        double baseCpu = f.millis("baseline, same plans", "cpu ms") / (double) size.plans();
        f.put("commune plan, warm: ms / cpu ms per plan", String.format(java.util.Locale.ROOT, "%.1f / %.1f",
                f.millis("commune plans", "ms") / (double) communes, f.millis("commune plans", "cpu ms") / (double) communes));
        f.put("baseline cpu ms per plan", baseCpu);
        f.put("ratio PlanFlow / baseline (cpu per commune plan)",
                f.millis("commune plans", "cpu ms") / (double) communes / baseCpu);
        latencies(size, context, baseline, driver, f);
    }

    private static void count(long[] counted, int[] run) {
        counted[0] += run[0];
        counted[1] += run[1];
    }

    private static void latencies(Size size, ConfigurableApplicationContext context, Baseline baseline,
                                  PlanYearDriver driver, Figures f) {
        List<String> groups = new ArrayList<>();
        groups.add(CountryFixture.MINISTRY + "-s1.drafter");
        for (int p = 1; p <= size.provinces(); p++) {
            groups.add(CountryFixture.province(p) + "-s1.drafter");
            CountryFixture.communes(size, p).forEach(c -> groups.add(c + "-s1.drafter"));
        }
        f.phase("open " + size.openTasks() + " more tasks", () -> {
            baseline.openTasks(size.openTasks(), groups);
            return null;
        });
        TaskService tasks = context.getBean(TaskService.class);
        f.put("open tasks during the queries", tasks.createTaskQuery().count());
        String user = groups.get(groups.size() / 2);
        String group = user;
        // what GET /engine-rest/task?candidateGroup=..&firstResult=0&maxResults=15 runs, as that user
        f.latency("task query by candidate group, first page", 200, () -> driver.as(user,
                () -> tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc().listPage(0, 15)));
        TaskApiController api = context.getBean(TaskApiController.class);
        f.latency("GET /api/tasks (service)", 50, () -> driver.as(user, api::mine));
        PlanApiService plans = context.getBean(PlanApiService.class);
        String head = CountryFixture.province(1) + "-s0.head";
        f.latency("GET /api/plans (service)", 50, () -> driver.as(head, () -> plans.list(head)));
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
