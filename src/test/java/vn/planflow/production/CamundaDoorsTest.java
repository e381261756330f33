package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Camunda webapps keep their own login and CSRF protection, and sign-ins through every door
 * (domain API, Camunda REST, webapp login form) end up in the audit log.
 */
class CamundaDoorsTest extends ProductionContext {
    static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @Test
    void camundaWebappsKeepTheirLoginAndCsrfProtection() {
        Http.Reply page = http.get(null, null, "/camunda/app/tasklist/default/");
        String token = page.header("X-XSRF-TOKEN").get(0);
        String cookies = String.join("; ", page.header("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());
        String form = "username=chief&password=" + ADMIN_PASSWORD;
        Map<String, String> formType = Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies);

        Http.Reply forged = http.send("POST", null, null, LOGIN, form, formType);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("CSRFPreventionFilter");

        page = http.get(null, null, "/camunda/app/tasklist/default/");
        token = page.header("X-XSRF-TOKEN").get(0);
        cookies = String.join("; ", page.header("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());
        formType = Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies);
        Map<String, String> withToken = new HashMap<>(formType);
        withToken.put("X-XSRF-TOKEN", token);
        Http.Reply wrong = http.send("POST", null, null, LOGIN, "username=ke-la&password=sai", withToken);
        assertThat(wrong.status()).isEqualTo(401);
        Http.Reply login = http.send("POST", null, null, LOGIN, form, withToken);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.json().get("userId").asText()).isEqualTo("chief");

        String session = login.header("Set-Cookie").stream().map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(cookies);
        // The Tasklist session opens the forms' document links, but never writes through the API.
        Map<String, String> sessionOnly = Map.of("Cookie", session, "Content-Type", "application/json");
        assertThat(http.send("GET", null, null, "/api/plans", null, sessionOnly).status()).isEqualTo(200);
        assertThat(http.send("POST", null, null, "/api/plans", "{\"title\":\"x\",\"periodLabel\":\"y\"}",
                sessionOnly).status()).isEqualTo(401);
        assertThat(http.send("GET", null, null, "/api/plans", null,
                Map.of("Cookie", "JSESSIONID=khong-hop-le")).status()).isEqualTo(401);

        Map<String, String> signedIn = Map.of("Cookie", session + "; XSRF-TOKEN=" + token,
                "Content-Type", "application/json");
        Http.Reply noToken = http.send("POST", null, null, "/camunda/api/engine/engine/default/filter",
                "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}", signedIn);
        assertThat(noToken.status()).as(noToken.text() + noToken.header("X-XSRF-TOKEN")).isEqualTo(403);
        assertThat(noToken.header("X-XSRF-TOKEN")).contains("Required");

    }

    @Test
    void signInsThroughEveryDoorAreAuditedAndRepeatedOnesOnce() {
        for (int i = 0; i < 3; i++) {
            http.get("chief", ADMIN_PASSWORD, "/api/plans");
        }
        http.get("ke-la", "doan-thu", "/api/plans");
        http.get("ke-la", "doan-thu", "/engine-rest/task");
        http.get("chief", ADMIN_PASSWORD, "/engine-rest/task");
        Http.Reply page = http.get(null, null, "/camunda/app/cockpit/default/");
        String cookies = String.join("; ", page.header("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());
        http.send("POST", null, null, LOGIN.replace("tasklist", "cockpit"), "username=ke-la&password=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies,
                        "X-XSRF-TOKEN", page.header("X-XSRF-TOKEN").get(0)));

        JsonNode log = http.get("chief", ADMIN_PASSWORD, "/api/audit?limit=1000").json();
        List<String> lines = new ArrayList<>();
        log.forEach(e -> lines.add(e.get("kind").asText() + " " + e.get("channel").asText() + " "
                + e.get("actorId").asText()));
        assertThat(lines).contains("SIGN_IN_FAILED API ke-la", "SIGN_IN_FAILED ENGINE_REST ke-la",
                "SIGN_IN ENGINE_REST chief", "SIGN_IN_FAILED WEBAPP ke-la");
        assertThat(lines.stream().filter("SIGN_IN API chief"::equals)).hasSize(1);
        assertThat(log.get(0).get("remoteAddress").asText()).isEqualTo("127.0.0.1");
    }
}
