package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few hundred malformed or hostile requests against the domain API: wrong types, huge strings,
 * missing fields, unknown ids, injection strings and other units' ids. Every one must get a 4xx
 * with a JSON body whose message a Vietnamese user can read, never a 500, and the database must
 * look exactly as before (only the audit log of sign-ins grows).
 */
class HostileInputTest extends PostgresDemoContext {
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hundredsOfBadRequestsGetClearRefusalsAndChangeNothing() {
        Scenario s = Scenario.of(port);
        Http http = new Http(port);
        List<HostileRequests.Case> cases = HostileRequests.all(s);

        // Follow-ups of the issued plan may still be running as jobs: count only once they are done.
        Http.await(() -> jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0"
                + " and HANDLER_TYPE_ <> 'history-cleanup' and (DUEDATE_ is null or DUEDATE_ <= current_timestamp)",
                Long.class), n -> n == 0,
                java.time.Duration.ofSeconds(60), "no job due");
        Map<String, Long> before = snapshot();
        SoftAssertions soft = new SoftAssertions();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (HostileRequests.Case c : cases) {
            Http.Reply r = http.send(c.method(), c.user(), DEMO, c.path(), c.body(), Map.of());
            byStatus.merge(r.status(), 1, Integer::sum);
            String what = c.user() + " " + c.method() + " " + abbreviate(c.path()) + " " + abbreviate(c.body()) + " -> "
                    + r.status() + " " + abbreviate(r.text());
            soft.assertThat(r.status()).as(what).isIn(c.expected());
            JsonNode body = parse(r);
            soft.assertThat(body).as(what + " (JSON body)").isNotNull();
            if (body != null) {
                String message = body.path("message").asText("");
                soft.assertThat(VIETNAMESE.matcher(message).find()).as(what + " (Vietnamese message)").isTrue();
                soft.assertThat(body.path("status").asInt()).as(what + " (status in body)").isEqualTo(r.status());
            }
        }
        Map<String, Long> after = snapshot();
        System.out.println("[hostile] " + cases.size() + " requests, answers by status: " + byStatus);
        soft.assertThat(after).as("database after the hostile requests").isEqualTo(before);
        soft.assertAll();
        assertThat(cases.size()).isGreaterThanOrEqualTo(300);
    }

    /** Row counts of every table except the audit log and the engine's own metrics and bookkeeping. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            String t = table.toLowerCase();
            if (t.equals("audit_entry") || t.contains("meter_log") || t.equals("act_ge_property")) {
                continue;
            }
            counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
        }
        counts.put("plan versions", jdbc.queryForObject("select coalesce(sum(version), 0) from plan", Long.class));
        counts.put("unit fingerprint", jdbc.queryForObject("select count(distinct concat(id, name, parent_id, kind))"
                + " from unit", Long.class));
        return counts;
    }

    private static JsonNode parse(Http.Reply r) {
        try {
            return Http.JSON.readTree(r.body());
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
