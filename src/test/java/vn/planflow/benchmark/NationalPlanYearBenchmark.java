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
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.planflow.PlanFlowApplication;
import vn.planflow.identity.IdentityAdminService;
import vn.planflow.reporting.RegimeView;
import vn.planflow.unit.UnitAdminService;

/**
 * "National plan year": the ministry's plan demands a plan of every province, each province's
 * plan one of each of its communes, all through the cascade and the real issuance process; the
 * bare-engine baseline repeats the same plans; four quarterly report rounds climb from the
 * communes to the ministry; then a load of open tasks and the query latencies.
 * Usage: {@code mvn -o -Pbenchmark integration-test -Dbenchmark.args="--provinces 2 --communes 30"}.
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
        f.writeTo(out, "National plan year — " + size.label());
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
                    + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE" + queryCache() + StatementCounter.H2_URL_SETTING);
        }
        // the drivers run due jobs themselves, so each is counted and timed, unless the job executor is measured
        props.put("camunda.bpm.job-execution.enabled", String.valueOf(size.jobExecutor()));
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
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
        f.write();
        return f;
    }

    private static void scenario(Size size, ConfigurableApplicationContext context, Figures f) {
        f.phase("create country", () -> {
            CountryFixture.create(size, context.getBean(UnitAdminService.class), context.getBean(IdentityAdminService.class));
            return null;
        });
        PlanYearDriver driver = new PlanYearDriver(context, f, size);
        CascadeDriver cascade = new CascadeDriver(context, driver);
        List<String> provinces = IntStream.rangeClosed(1, size.provinces()).mapToObj(CountryFixture::province).toList();
        StatementCounter statements = new StatementCounter(context, size.postgres());
        statements.start();
        Map<String, Long> jobsBefore = size.jobExecutor() ? driver.executorWait.jobsRunByProcess() : Map.of();
        long issuing = System.nanoTime();
        long ministry = f.phase("ministry plan", () -> cascade.ministryPlan(provinces));
        Map<String, Long> provincePlans = cascade.children(ministry, provinces);
        f.phase("province plans", () -> {
            List<Runnable> plans = new ArrayList<>();
            for (int p = 1; p <= size.provinces(); p++) {
                String province = CountryFixture.province(p);
                List<String> communes = CountryFixture.communes(size, p);
                plans.add(() -> cascade.childPlan(provincePlans.get(province), province, CountryFixture.MINISTRY, communes));
            }
            return driveAll(size, driver, plans);
        });
        f.phase("commune plans", () -> {
            List<Runnable> plans = new ArrayList<>();
            for (int p = 1; p <= size.provinces(); p++) {
                String province = CountryFixture.province(p);
                cascade.children(provincePlans.get(province), CountryFixture.communes(size, p))
                        .forEach((commune, plan) -> plans.add(() -> cascade.childPlan(plan, commune, province, List.of())));
            }
            return driveAll(size, driver, plans);
        });
        double planflowSeconds = (System.nanoTime() - issuing) / 1e9;
        StatementCounter.Counts planflowStatements = statements.stop();
        if (size.jobExecutor()) {
            driver.executorWait.jobsRunByProcess().forEach((process, run) -> {
                long ranNow = run - jobsBefore.getOrDefault(process, 0L);
                if (ranNow > 0) {
                    f.jobsByProcess.put(process, ranNow);
                    f.jobs += ranNow;
                }
            });
        }
        cascade.verify(ministry, size, f);
        f.put("plans issued", f.documents);
        f.put("user tasks completed", f.userTasks);
        f.put("jobs executed", f.jobs);
        f.jobsByProcess.forEach((process, jobs) -> f.put("jobs executed: " + process, jobs));
        f.put("user tasks per second", f.userTasks / planflowSeconds);
        f.put("jobs per second", f.jobs / planflowSeconds);
        f.put("documents per second", f.documents / planflowSeconds);
        f.put("ms per plan (whole issuance incl. DOCX)", planflowSeconds * 1000 / f.documents);
        if (!size.jobExecutor()) {
            // the rendering job: plan read, DOCX written, stored in the file store, committed with the engine
            f.put("ms per document (Task_RenderDocument job)", f.msPerJob("Task_RenderDocument"));
        }

        Baseline baseline = new Baseline(context, driver.executorWait);
        long[] counted = new long[2];
        statements.start();
        long base = System.nanoTime();
        f.phase("baseline, same plans", () -> {
            // each plan again, with as many acknowledgements as it really had, by as many clerks at once
            List<Runnable> plans = new ArrayList<>();
            driver.shapes.forEach(s -> plans.add(() -> count(counted, baseline.drive(s.group(), s.acknowledgements()))));
            Clerks.work(size.clerks(), plans);
            return null;
        });
        double baseSeconds = (System.nanoTime() - base) / 1e9;
        StatementCounter.Counts baseStatements = statements.stop();
        if (planflowStatements != null) {
            f.put("SQL statements per plan (insert / update / delete / select): PlanFlow",
                    planflowStatements.perPlan(size.plans()));
            f.put("SQL statements per plan (insert / update / delete / select): baseline",
                    baseStatements.perPlan(size.plans()));
            f.put("most frequent statements per plan: PlanFlow", planflowStatements.topPerPlan(size.plans(), 15));
            f.put("most frequent statements per plan: baseline", baseStatements.topPerPlan(size.plans(), 10));
            f.put("ratio PlanFlow / baseline (SQL statements per plan)",
                    (double) planflowStatements.total() / baseStatements.total());
            f.attach("statements-planflow.tsv", planflowStatements.everyStatementPerPlan(size.plans()));
            f.attach("statements-baseline.tsv", baseStatements.everyStatementPerPlan(size.plans()));
        }
        f.put("baseline user tasks / jobs", counted[0] + " / " + counted[1]);
        f.put("baseline ms per plan", baseSeconds * 1000 / size.plans());
        f.put("ratio PlanFlow / baseline (time per plan)", planflowSeconds / baseSeconds);
        // commune plans run warm, so they compare best with the baseline's; with several clerks the
        // main thread only waits, so the whole process's CPU is compared
        int communes = size.provinces() * size.communesPerProvince();
        String cpu = size.clerks() > 1 ? "process cpu ms" : "cpu ms";
        double baseCpu = f.millis("baseline, same plans", cpu) / (double) size.plans();
        f.put("commune plan, warm: ms / " + cpu + " per plan", String.format(java.util.Locale.ROOT, "%.1f / %.1f",
                f.millis("commune plans", "ms") / (double) communes, f.millis("commune plans", cpu) / (double) communes));
        f.put("baseline " + cpu + " per plan", baseCpu);
        f.put("ratio PlanFlow / baseline (" + cpu.replace(" ms", "") + " per commune plan)",
                f.millis("commune plans", cpu) / (double) communes / baseCpu);
        // before the report rounds move the clock on: the history cleanup would then remove the baseline's history
        DatabaseFigures.historyRows(context, size, f);
        reportingYear(size, context, driver, ministry, f);
        Latencies.measure(size, context, baseline, driver, f);
    }

    private static void reportingYear(Size size, ConfigurableApplicationContext context, PlanYearDriver driver,
                                      long ministry, Figures f) {
        ReportingDriver reporting = new ReportingDriver(context, driver);
        long jobs = f.jobs;
        Map<String, Long> before = new TreeMap<>(f.jobsByProcess);
        String phase = "report rounds, 4 quarters";
        RegimeView regime = f.phase(phase, () -> reporting.year(ministry, size));
        if (!size.jobExecutor()) {
            // the job executor's are not counted here: the history cleanup removes job log entries meanwhile
            f.put("report jobs executed", f.jobs - jobs);
        }
        f.jobsByProcess.forEach((process, n) -> {
            if (n > before.getOrDefault(process, 0L)) {
                f.put("report jobs executed: " + process, n - before.getOrDefault(process, 0L));
            }
        });
        new ReportingCheck(context).verify(regime, reporting, size, f);
        double seconds = f.millis(phase, "ms") / 1000.0;
        f.put("report submissions per second", reporting.submissions / seconds);
        f.put("report documents (DOCX + XLSX) per second", ((Number) f.rows.get("report documents (DOCX + XLSX)"))
                .doubleValue() / seconds);
    }

    /**
     * Drives the plans, by several clerks at once if asked; the clerks wait only for their own
     * plans' jobs, so the parents' trackings may still have some due when the last plan is issued.
     */
    private static Object driveAll(Size size, PlanYearDriver driver, List<Runnable> plans) {
        Clerks.work(size.clerks(), plans);
        if (size.clerks() > 1) {
            driver.executorWait.untilDone(null);
        }
        return null;
    }

    private static synchronized void count(long[] counted, int[] run) {
        counted[0] += run[0];
        counted[1] += run[1];
    }

    /**
     * H2's cache of parsed statements per connection: H2's default (8), as the application uses it,
     * unless {@code -Dplanflow.benchmark.h2-query-cache=N} sets another size (README, change 13).
     */
    private static String queryCache() {
        Integer size = Integer.getInteger("planflow.benchmark.h2-query-cache");
        return size == null ? "" : ";QUERY_CACHE_SIZE=" + size;
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
