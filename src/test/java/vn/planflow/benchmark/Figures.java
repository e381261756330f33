package vn.planflow.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** What one run measured, printed as a table and written as Markdown and JSON. */
final class Figures {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int WARM_UP = 20;
    /** Where the table is written after every phase, so a run stopped midway still leaves its figures. */
    private Path dir;
    private String title;
    final Map<String, Object> rows = new LinkedHashMap<>();
    long userTasks;
    long jobs;
    long documents;
    /** Jobs run, by the key of the process they belong to (the cascade's, the reporting's ...). */
    final Map<String, Long> jobsByProcess = new TreeMap<>();
    /** Wall time and count of the jobs of each activity, e.g. Task_RenderDocument: [nanos, jobs]. */
    final Map<String, long[]> jobNanos = new TreeMap<>();

    void jobTime(String activityId, long nanos) {
        long[] sum = jobNanos.computeIfAbsent(String.valueOf(activityId), a -> new long[2]);
        sum[0] += nanos;
        sum[1]++;
    }

    /** Mean wall time of one job of the activity, in ms (the job's whole transaction). */
    double msPerJob(String activityId) {
        long[] sum = jobNanos.getOrDefault(activityId, new long[] {0, 1});
        return sum[0] / 1e6 / Math.max(1, sum[1]);
    }

    /**
     * Times one phase: wall time, CPU time of this thread (which a loaded machine disturbs less),
     * and CPU time of the whole process (the job executor's and the clerks' threads too).
     */
    <T> T phase(String name, Supplier<T> work) {
        long started = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        long processCpu = PROCESS.getProcessCpuTime();
        T result = work.get();
        rows.put("phase: " + name + " (ms)", (System.nanoTime() - started) / 1_000_000);
        rows.put("phase: " + name + " (cpu ms)", (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        rows.put("phase: " + name + " (process cpu ms)", (PROCESS.getProcessCpuTime() - processCpu) / 1_000_000);
        checkpoint();
        return result;
    }

    long millis(String phase, String unit) {
        return (Long) rows.get("phase: " + phase + " (" + unit + ")");
    }

    void put(String name, Object value) {
        rows.put(name, value instanceof Double d ? Math.round(d * 100) / 100.0 : value);
    }

    /**
     * p50 and p95 of many calls to one query, in milliseconds. Sampling stops when the budget is
     * spent, so one slow query cannot keep the run from writing its table; a call the database
     * cancelled (see {@link Latencies}) counts as slower than any that returned.
     */
    void latency(String name, int samples, Duration budget, Runnable call) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Double> ms = new ArrayList<>();
        int cancelled = 0;
        for (int i = 0; i < samples + WARM_UP && System.nanoTime() < deadline; i++) {
            long started = System.nanoTime();
            try {
                call.run();
            } catch (RuntimeException e) {
                if (!cancelledByTheDatabase(e)) {
                    throw e; // a failing query is a broken run, not a slow one
                }
                cancelled++;
                ms.add(Double.POSITIVE_INFINITY);
                continue;
            }
            if (i >= WARM_UP) { // the first calls fill the statement caches
                ms.add((System.nanoTime() - started) / 1e6);
            }
        }
        put(name + " samples (cancelled)", ms.size() + " (" + cancelled + ")");
        if (ms.isEmpty()) {
            put(name + " p50 (ms)", "none within " + budget.toMillis() + " ms");
            return;
        }
        Collections.sort(ms);
        put(name + " p50 (ms)", shown(ms.get(ms.size() / 2)));
        put(name + " p95 (ms)", shown(ms.get((int) Math.ceil(ms.size() * 0.95) - 1)));
    }

    /** H2 and the JDBC standard report a statement timeout as SQLTimeoutException, PostgreSQL as state 57014. */
    static boolean cancelledByTheDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Object shown(double ms) {
        return Double.isInfinite(ms) ? "cancelled" : ms;
    }

    void memory() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        put("peak heap (MiB)", peak >> 20);
        put("RSS now (MiB)", procStatus("VmRSS"));
        put("RSS peak (MiB)", procStatus("VmHWM"));
    }

    /** Resident memory from /proc (Linux), in MiB; -1 elsewhere. */
    static long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String markdown(String title) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n| figure | value |\n|---|---:|\n");
        rows.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return md.toString();
    }

    String json() {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : rows.entrySet()) {
            Object v = e.getValue();
            String value = v instanceof Number ? String.format(Locale.ROOT, "%s", v)
                    : "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            json.append("  \"").append(e.getKey().replace("\"", "\\\"")).append("\": ").append(value)
                    .append(++i < rows.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    /** Names the folder and title, and writes what is known so far there. */
    void writeTo(Path out, String heading) throws IOException {
        dir = out;
        title = heading;
        Files.createDirectories(dir);
        checkpoint();
    }

    private void checkpoint() {
        if (dir == null) {
            return;
        }
        try {
            save(title + " (partial: the run is still going or was stopped)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file next to the table, e.g. every statement a phase ran. */
    void attach(String file, String text) {
        if (dir == null) {
            return;
        }
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write() throws IOException {
        save(title);
        System.out.println(markdown(title));
    }

    private void save(String heading) throws IOException {
        Files.writeString(dir.resolve("national-plan-year.md"), markdown(heading));
        Files.writeString(dir.resolve("national-plan-year.json"), json());
    }
}
