package vn.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark small (one province, twenty communes), so CI proves the command still works: the
 * cascade down two levels, the four report rounds up them, the figures written down.
 */
class NationalPlanYearSmokeTest {
    private static final Path OUT = Path.of("target/benchmark/smoke");
    private static final int COMMUNES = 20;
    private static final long PLANS = 2 + COMMUNES;
    /** The small year with the drivers running the jobs, as the benchmark does by default. */
    private static Figures driven;

    @BeforeAll
    static void runTheSmallYear() throws Exception {
        driven = NationalPlanYearBenchmark.run(new Size(1, COMMUNES, 100, false, false), OUT);
    }

    @Test
    void aSmallPlanYearIsIssuedDownTheCascadeReportedUpItMeasuredAndWrittenDown() throws Exception {
        Path out = OUT;
        Figures f = driven;

        // ministry + province + the communes, all but the first demanded and drafted by the cascade, each issued with its DOCX
        assertThat(f.rows).containsEntry("plans issued", PLANS)
                .containsEntry("cascade: plans demanded / issued", (PLANS - 1) + " / " + (PLANS - 1))
                .containsEntry("cascade: demanded per depth", "1: 1, 2: " + COMMUNES)
                .containsEntry("cascade: trackings still running", 0L);
        // each plan: 11 issuance steps; acknowledgements: the province (ministry's plan); the ministry and
        // every commune (province's); the province and the commune's four departments (each commune's)
        assertThat(f.userTasks).isEqualTo(PLANS * 11 + 1 + (1 + COMMUNES) + 5 * COMMUNES);
        // the cascade's jobs are counted with the issuance's, the rounds' with the reporting's
        assertThat(f.rows).containsEntry("jobs executed: ChildPlanTracking", PLANS - 1)
                .containsEntry("jobs executed: PlanIssuance", PLANS * 4);
        assertThat(f.jobsByProcess).containsKeys("ReportingRegime", "ReportingRound");
        // the baseline did the same user tasks, so the ratio compares like with like
        assertThat((String) f.rows.get("baseline user tasks / jobs")).startsWith(f.userTasks + " / ");
        assertThat((Double) f.rows.get("ratio PlanFlow / baseline (time per plan)")).isPositive();
        assertThat(f.jobNanos.get("Task_RenderDocument")[1]).as("one rendering job per plan").isEqualTo(PLANS);
        assertThat((Double) f.rows.get("ms per document (Task_RenderDocument job)")).isPositive();
        // statements are counted by H2 itself; PlanFlow does more per plan than the bare engine, never less
        assertThat((String) f.rows.get("SQL statements per plan (insert / update / delete / select): baseline"))
                .matches("\\d+ \\(\\d+ / \\d+ / \\d+ / \\d+\\)");
        assertThat((Double) f.rows.get("ratio PlanFlow / baseline (SQL statements per plan)")).isGreaterThan(1.0);
        // where the statements go, by kind and table, e.g. "insert ACT_RU_VARIABLE 60"
        assertThat((String) f.rows.get("most frequent statements per plan: PlanFlow"))
                .matches("((commit|(insert|update|delete|select) \\S+) \\d+(, |$))+").contains("insert ACT_RU_VARIABLE");

        // four quarters: a report of every commune, the province's and the ministry's summaries sent with DOCX and XLSX
        int year = PlanYearDriver.YEAR;
        assertThat(f.rows).containsEntry("report rounds", year + "-Q1, " + year + "-Q2, " + year + "-Q3, " + year + "-Q4")
                .containsEntry("report submissions", 4L * COMMUNES)
                .containsEntry("report summaries sent", 8L)
                .containsEntry("report summary tasks completed (review, approval)", 16L)
                .containsEntry("report documents (DOCX + XLSX)", 16L)
                .containsEntry("ministry: provinces on time per quarter", "1/1, 1/1, 1/1, 1/1")
                .containsEntry("provinces: communes on time per quarter", onTimeEveryQuarter(COMMUNES));
        assertThat((Double) f.rows.get("report submissions per second")).isPositive();
        assertThat(f.rows).containsKeys("phase: report rounds, 4 quarters (ms)",
                "phase: report rounds, 4 quarters (cpu ms)", "report documents (DOCX + XLSX) per second");
        // the engine clock is back to the real time after the year was played through
        assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(60_000L);

        assertThat(f.rows).containsKeys("task query by candidate group, first page p95 (ms)",
                "GET /api/plans (service) p95 (ms)", "peak heap (MiB)", "ACT_HI_VARINST rows per plan: PlanIssuance / baseline");
        assertThat(f.rows.keySet()).anyMatch(k -> k.startsWith("GET /api/tasks (service") && k.endsWith("p95 (ms)"));
        assertThat((Long) f.rows.get("open tasks during the queries")).isGreaterThanOrEqualTo(100L);
        // every sample of the small run's queries returned within the budget
        assertThat(f.rows).containsEntry("task query by candidate group, first page samples (cancelled)", "200 (0)")
                .containsEntry("Tasklist filter \"Việc của tôi\", first page samples (cancelled)", "100 (0)")
                // and through HTTP, where each list first answered as many entries as its service
                .containsEntry("HTTP GET /engine-rest/task by candidate group, first page samples (cancelled)", "200 (0)")
                .containsEntry("HTTP GET /engine-rest/filter/{id}/list \"Việc của tôi\", first page samples (cancelled)", "100 (0)")
                .containsEntry("HTTP GET /api/tasks, first page of 50 samples (cancelled)", "50 (0)")
                .containsEntry("HTTP GET /api/plans samples (cancelled)", "50 (0)");
        // one in a hundred of the extra open tasks belongs to the office whose queries are timed
        assertThat((Long) f.rows.get("open tasks of the office whose queries are timed")).isPositive();
        String table = Files.readString(out.resolve("national-plan-year.md"));
        assertThat(table).contains("| plans issued | " + PLANS + " |", "| report submissions | " + 4 * COMMUNES + " |");
        // the last write is the finished table, not one of the partial ones written after each phase
        assertThat(table.lines().findFirst().orElseThrow()).doesNotContain("partial");
        assertThat(Files.readString(out.resolve("national-plan-year.json"))).contains("\"plans issued\": " + PLANS,
                "\"report documents (DOCX + XLSX)\": 16");
        // every statement with its count per plan, the most frequent first
        List<String> statements = Files.readAllLines(out.resolve("statements-planflow.tsv"));
        assertThat(statements).anyMatch(l -> l.matches("\\d+\\.\\d\\d\tcommit"))
                .anyMatch(l -> l.matches("\\d+\\.\\d\\d\tinsert into act_ru_variable .*"));
        assertThat(statements.stream().map(l -> Double.valueOf(l.substring(0, l.indexOf('\t')))).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theSameYearRunsWithTheEnginesOwnJobExecutorAndTwoClerksAtOnceRunningEveryJobOnce() throws Exception {
        Path out = Path.of("target/benchmark/smoke-job-executor");
        // the communes' plans are drafted, decided and acknowledged by two clerks at the same time
        Figures f = NationalPlanYearBenchmark.run(Size.parse(new String[] {"--provinces", "1", "--communes", "" + COMMUNES,
                "--open-tasks", "100", "--clerks", "2"}), out);

        // the same plans, tasks and reports as when the drivers run the jobs one plan after the other,
        // and as many of the processes' jobs, counted from the job log (the history cleanup's runs
        // only when the year is played within its window of the night)
        assertThat(f.rows).containsEntry("plans issued", PLANS)
                .containsEntry("cascade: plans demanded / issued", driven.rows.get("cascade: plans demanded / issued"))
                .containsEntry("jobs executed: PlanIssuance", driven.rows.get("jobs executed: PlanIssuance"))
                .containsEntry("jobs executed: ChildPlanTracking", driven.rows.get("jobs executed: ChildPlanTracking"))
                .containsEntry("user tasks completed", driven.rows.get("user tasks completed"))
                .containsEntry("report summaries sent", 8L)
                .containsEntry("ministry: provinces on time per quarter", "1/1, 1/1, 1/1, 1/1")
                .containsEntry("provinces: communes on time per quarter", onTimeEveryQuarter(COMMUNES))
                .containsEntry("baseline user tasks / jobs", driven.rows.get("baseline user tasks / jobs"));
        // figures that need the drivers to run each job themselves are left out rather than shown as zero
        assertThat(f.rows).doesNotContainKeys("ms per document (Task_RenderDocument job)", "report jobs executed");
        assertThat(Files.readString(out.resolve("national-plan-year.md")))
                .contains("jobs run by the job executor, 2 clerks at work at the same time", "| plans issued | " + PLANS + " |");
        // with the clerks on threads of their own, the whole process's CPU is what compares with the baseline's
        assertThat((Double) f.rows.get("ratio PlanFlow / baseline (process cpu per commune plan)")).isPositive();
    }

    /** "n/n" for each of the four quarters: every reporting unit on time. */
    private static String onTimeEveryQuarter(int units) {
        String quarter = units + "/" + units;
        return String.join(", ", quarter, quarter, quarter, quarter);
    }
}
