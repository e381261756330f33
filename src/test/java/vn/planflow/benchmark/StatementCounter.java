package vn.planflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * Counts the SQL statements the database runs during a phase, by kind, from H2's own query
 * statistics. Unlike time, the count does not change with the machine's load, so it shows what a
 * change to the code saved even on a busy machine. H2 only (PostgreSQL would need an extension).
 */
final class StatementCounter {
    /** Appended to the H2 URL: room for every distinct statement of the run. */
    static final String H2_URL_SETTING = ";QUERY_STATISTICS_MAX_ENTRIES=5000";
    private static final String[] KINDS = {"insert", "update", "delete", "select"};
    private static final Pattern TABLE = Pattern.compile("(?:into|update|from)\\s+(?:\"?public\"?\\.)?\"?(\\w+)");
    private final DataSource dataSource;
    private final boolean enabled;

    StatementCounter(ApplicationContext context, boolean postgres) {
        this.dataSource = context.getBean(DataSource.class);
        this.enabled = !postgres;
    }

    void start() {
        // switching statistics off clears them
        execute("SET QUERY_STATISTICS FALSE");
        execute("SET QUERY_STATISTICS TRUE");
    }

    /** Statements since {@link #start()}, by kind; null on PostgreSQL. */
    Counts stop() {
        if (!enabled) {
            return null;
        }
        long[] kinds = new long[4];
        Map<String, Long> byTable = new HashMap<>();
        Map<String, Long> bySql = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rs.next()) {
                String sql = rs.getString(1).stripLeading().toLowerCase(Locale.ROOT);
                int kind = sql.startsWith("insert") ? 0 : sql.startsWith("update") ? 1 : sql.startsWith("delete") ? 2 : 3;
                kinds[kind] += rs.getLong(2);
                // H2 lists each transaction's commit as a statement too
                byTable.merge(sql.startsWith("commit") ? "commit" : KINDS[kind] + " " + table(sql), rs.getLong(2), Long::sum);
                bySql.merge(sql.replaceAll("\\s+", " "), rs.getLong(2), Long::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read H2 query statistics", e);
        }
        execute("SET QUERY_STATISTICS FALSE");
        return new Counts(kinds[0], kinds[1], kinds[2], kinds[3], byTable, bySql);
    }

    /** The first table a statement names: where an insert, update or delete writes, where a select starts. */
    private static String table(String sql) {
        Matcher m = TABLE.matcher(sql);
        // a statement without a table, e.g. H2's own "select 1" for a connection check, by its opening
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "(" + sql.replaceAll("\\s+", " ").substring(0, Math.min(24, sql.length())) + ")";
    }

    record Counts(long inserts, long updates, long deletes, long selects, Map<String, Long> byTable, Map<String, Long> bySql) {
        long total() {
            return inserts + updates + deletes + selects;
        }

        String perPlan(int plans) {
            return String.format(Locale.ROOT, "%.0f (%.0f / %.0f / %.0f / %.0f)", (double) total() / plans,
                    (double) inserts / plans, (double) updates / plans, (double) deletes / plans, (double) selects / plans);
        }

        /** The most frequent kinds of statement, e.g. "insert ACT_HI_DETAIL 49", per plan. */
        String topPerPlan(int plans, int top) {
            return byTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), (double) e.getValue() / plans))
                    .collect(Collectors.joining(", "));
        }

        /** Every distinct statement with its count per plan, the most frequent first, one per line. */
        String everyStatementPerPlan(int plans) {
            return bySql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%.2f\t%s", (double) e.getValue() / plans, e.getKey()))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
    }

    private void execute(String sql) {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
