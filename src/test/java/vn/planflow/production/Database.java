package vn.planflow.production;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Reads a test database directly, whether or not any node is running on it. */
final class Database {
    final String url;
    final JdbcTemplate jdbc;

    Database(String url) {
        this.url = url;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD));
    }

    static Database create(String purpose) {
        return new Database(EmbeddedPostgresServer.newDatabase(purpose));
    }

    long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    List<Integer> registerNumbers(String unitId) {
        return jdbc.queryForList("select number from outgoing_register_entry where issuing_unit_id = ? order by number",
                Integer.class, unitId);
    }

    /** Plans among ids that are numbered, have their DOCX and one row per recipient. */
    long issuedAndSent(List<Long> ids, int recipients) {
        return ids.stream().filter(id -> count("select count(*) from plan where id = ? and number is not null"
                + " and document_file_id is not null", id) == 1
                && count("select count(*) from distribution where plan_id = ?", id) == recipients).count();
    }

    /** Successful executions of one activity's jobs per process instance (job log state 2). */
    Map<String, Long> successfulJobsPerInstance(String activityId) {
        Map<String, Long> result = new java.util.TreeMap<>();
        jdbc.query("select PROCESS_INSTANCE_ID_, count(*) from ACT_HI_JOB_LOG where ACT_ID_ = ? and JOB_STATE_ = 2"
                + " group by PROCESS_INSTANCE_ID_", rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                }, activityId);
        return result;
    }

    List<String> jobHosts() {
        return jdbc.queryForList("select distinct HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2", String.class);
    }
}
