package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Without the demo profile nobody but the administrator from the environment exists, nothing
 * answers without a password, and the administrator builds the rest through the API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionProfileTest extends ProductionContext {
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @Order(1)
    void runsOnPostgresWithOnlyTheAdministratorFromTheEnvironment() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
        assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("chief");
        assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unit_member", Integer.class)).isZero();
        for (String demoUser : List.of("admin", "lan", "hoa", "khanh")) {
            assertThat(http.get(demoUser, "demo", "/api/units").status()).as(demoUser).isEqualTo(401);
            assertThat(http.get(demoUser, "demo", "/engine-rest/task").status()).as(demoUser).isEqualTo(401);
        }
        assertThat(http.get("chief", ADMIN_PASSWORD, "/api/units").status()).isEqualTo(200);
        assertThat(http.get("chief", ADMIN_PASSWORD, "/engine-rest/user").json().toString()).contains("chief");
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedHashes() {
        Map<String, Object> row = jdbc.queryForMap("select PWD_, SALT_ from ACT_ID_USER where ID_ = 'chief'");
        assertThat((String) row.get("PWD_")).doesNotContain(ADMIN_PASSWORD).startsWith("{SHA-512}");
        assertThat((String) row.get("SALT_")).isNotBlank();
        http.get("ke-la", "sai-mat-khau", "/api/units");
        http.get("chief", ADMIN_PASSWORD, "/api/units");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail like ? or actor_id like ?"
                + " or detail like ?", Integer.class, "%" + ADMIN_PASSWORD + "%", "%sai-mat-khau%", "%sai-mat-khau%"))
                .isZero();
    }

    @Test
    void everyApiAndEngineEndpointRefusesStrangers() {
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.startsWith("/api/docs")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Http.Reply anonymous = http.send(m.name(), null, null, path, m == RequestMethod.GET ? null : "{}", Map.of());
                    Http.Reply wrong = http.send(m.name(), "ke-la", "sai", path, m == RequestMethod.GET ? null : "{}", Map.of());
                    assertThat(anonymous.status()).as(m + " " + path).isEqualTo(401);
                    assertThat(wrong.status()).as(m + " " + path + " wrong password").isEqualTo(401);
                    assertThat(anonymous.json().get("message").asText()).isEqualTo("Cần đăng nhập");
                    checked.add(m + " " + path);
                }
            }
        });
        assertThat(checked).contains("GET /api/plans", "POST /api/plans", "POST /api/tasks/1/complete",
                "GET /api/register", "GET /api/audit");
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/process-definition",
                "/engine-rest/deployment", "/engine-rest/history/process-instance", "/engine-rest/user",
                "/engine-rest/group", "/engine-rest/authorization", "/engine-rest/job", "/engine-rest/incident",
                "/engine-rest/execution", "/engine-rest/variable-instance", "/engine-rest/filter",
                "/engine-rest/batch", "/engine-rest/metrics/activity-instance-end/sum")) {
            assertThat(http.get(null, null, path).status()).as(path).isEqualTo(401);
        }
        assertThat(http.send("POST", null, null, "/engine-rest/message", "{\"messageName\":\"x\"}", Map.of()).status())
                .isEqualTo(401);
        assertThat(http.get(null, null, "/engine-rest/engine").json().toString()).contains("default");
        assertThat(http.get(null, null, "/actuator/health").text()).contains("UP");
        assertThat(http.get(null, null, "/actuator/info").status()).isEqualTo(401);
        System.out.println("[production] endpoints refused without credentials: " + checked.size() + " API + 16 engine");
    }

    @Test
    void theAdministratorBuildsTheFirstUnitAndOnlyAdministratorsSeeOperations() {
        Http.Reply unit = http.send("POST", "chief", ADMIN_PASSWORD, "/api/units", Http.json(Map.of(
                "id", "tn", "name", "Ủy ban nhân dân tỉnh Thái Nguyên", "shortName", "UBND tỉnh Thái Nguyên",
                "headerName", "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "kind", "COMMITTEE", "level", "PROVINCE",
                "code", "UBND", "placeName", "Thái Nguyên", "onSystem", true)), Map.of());
        assertThat(unit.status()).as(unit.text()).isEqualTo(201);
        Http.Reply member = http.send("POST", "chief", ADMIN_PASSWORD, "/api/units/tn/members", Http.json(Map.of(
                "userId", "thuy", "fullName", "Phạm Thị Thủy", "password", "Mat-khau-2026", "role", "CLERK")), Map.of());
        assertThat(member.status()).as(member.text()).isEqualTo(201);

        assertThat(http.get("thuy", "Mat-khau-2026", "/api/units").status()).isEqualTo(200);
        assertThat(http.get("thuy", "Mat-khau-2026", "/actuator/info").status()).isEqualTo(403);
        assertThat(http.get("thuy", "Mat-khau-2026", "/actuator/metrics").status()).isIn(403, 404);
        Http.Reply audit = http.get("thuy", "Mat-khau-2026", "/api/audit");
        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.json().get("message").asText()).isEqualTo("Bạn không có quyền thực hiện việc này");
        assertThat(http.get("chief", ADMIN_PASSWORD, "/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void historyCleanupWaitsForTheNightWindowAndEveryProcessHasATimeToLive() {
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        java.time.LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault())
                .toLocalTime();
        java.time.LocalTime now = java.time.LocalTime.now();
        boolean inWindowNow = !now.isBefore(java.time.LocalTime.of(1, 0)) && now.isBefore(java.time.LocalTime.of(4, 0));
        if (!inWindowNow) {
            assertThat(due).isBetween(java.time.LocalTime.of(1, 0), java.time.LocalTime.of(4, 0));
        }
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();
        assertThat(definitions).isNotEmpty();
        assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isPositive());
    }
}
