package vn.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark at its smallest (one province, two communes), so CI proves the command still works. */
class NationalPlanYearSmokeTest {

    @Test
    void aTinyPlanYearIsIssuedMeasuredAndWrittenDown() throws Exception {
        Path out = Path.of("target/benchmark/smoke");
        Figures f = NationalPlanYearBenchmark.run(new Size(1, 2, 100, false), out);

        // ministry + province + two communes, every one issued with its DOCX
        assertThat(f.rows).containsEntry("plans issued", 4L);
        // each plan: 11 issuance steps; acknowledgements: 1 (ministry) + 2 (province) + 1 per commune
        assertThat(f.userTasks).isEqualTo(4 * 11 + 1 + 2 + 2);
        assertThat(f.jobs).isPositive();
        // the baseline did the same user tasks, so the ratio compares like with like
        assertThat((String) f.rows.get("baseline user tasks / jobs")).startsWith(f.userTasks + " / ");
        assertThat((Double) f.rows.get("ratio PlanFlow / baseline (time per plan)")).isPositive();
        assertThat(f.rows).containsKeys("task query by candidate group, first page p95 (ms)",
                "GET /api/tasks (service) p95 (ms)", "GET /api/plans (service) p95 (ms)", "peak heap (MiB)",
                "ACT_HI_VARINST rows per plan: PlanIssuance / baseline");
        assertThat((Long) f.rows.get("open tasks during the queries")).isGreaterThanOrEqualTo(100L);
        assertThat(Files.readString(out.resolve("national-plan-year.md"))).contains("| plans issued | 4 |");
        assertThat(Files.readString(out.resolve("national-plan-year.json"))).contains("\"plans issued\": 4");
    }
}
