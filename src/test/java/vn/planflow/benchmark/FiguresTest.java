package vn.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a run leaves behind, even when a query is too slow to finish its samples. */
class FiguresTest {

    @Test
    void aQueryTheDatabaseCancelledCountsAsSlowerThanAnyThatReturned() {
        Figures f = new Figures();
        AtomicInteger calls = new AtomicInteger();
        f.latency("q", 20, Duration.ofMinutes(1), () -> {
            if (calls.incrementAndGet() > 35) { // after the 20 warm-up calls, 15 return and 5 are cancelled
                throw new IllegalStateException("query failed", new SQLTimeoutException("Statement was canceled"));
            }
        });
        assertThat(f.rows).containsEntry("q samples (cancelled)", "20 (5)").containsEntry("q p95 (ms)", "cancelled");
        assertThat(f.rows.get("q p50 (ms)")).isInstanceOf(Double.class);
    }

    @Test
    void samplingStopsWhenTheBudgetIsSpent() {
        Figures f = new Figures();
        f.latency("slow", 1_000, Duration.ofMillis(200), () -> sleep(50));
        // four or five calls fit the budget, all of them warm-up: nothing is timed, and the table says so
        assertThat(f.rows).containsEntry("slow samples (cancelled)", "0 (0)")
                .containsEntry("slow p50 (ms)", "none within 200 ms");
    }

    @Test
    void everyPhaseLeavesThePartialTableOnDisk(@TempDir Path dir) throws Exception {
        Figures f = new Figures();
        f.writeTo(dir, "Run");
        f.phase("first", () -> 1);
        assertThat(Files.readString(dir.resolve("national-plan-year.md")))
                .startsWith("# Run (partial").contains("| phase: first (ms) |");
        f.write();
        assertThat(Files.readString(dir.resolve("national-plan-year.md"))).startsWith("# Run\n");
        assertThat(Files.readString(dir.resolve("national-plan-year.json"))).contains("\"phase: first (ms)\"");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
