package vn.planflow.dashboard;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard API as leaders at different levels see it: the issuing province and an
 * administrator get the figures; a district below the issuer, another district's drafter and an
 * anonymous caller are refused; the start page lists exactly the plans whose dashboard opens; a
 * page opened without a session goes to the dashboard's own sign-in, which will come back to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:dashboardhttp;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/dashboardhttp"})
class DashboardHttpTest {
    private static Long plan;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void leadersOfTheIssuerSeeTheFiguresAndOthersAreRefused() throws Exception {
        ApiClient api = new ApiClient(port);
        Long planId = plan(api);
        String path = "/api/dashboard/plans/" + planId;

        ApiClient.Response cuong = api.get("cuong", path);
        assertThat(cuong.status()).as(cuong.text()).isEqualTo(200);
        JsonNode d = cuong.json();
        assertThat(d.get("issuingUnitName").asText()).contains("Ninh An");

        // The cascade is the one the cascade view shows.
        JsonNode cascade = api.get("cuong", "/api/plans/" + planId + "/cascade").json();
        assertThat(d.get("cascade").get("total").asInt()).isEqualTo(cascade.get("total").asInt()).isPositive();
        assertThat(d.get("cascade").get("levels")).isEqualTo(cascade.get("levels"));

        // Hòa Bình reported on time; An Phú and the district's summary are not in yet.
        JsonNode round = d.get("compliance").get(0);
        assertThat(d.get("compliance")).hasSize(1);
        assertThat(round.get("onTime").asInt()).isEqualTo(1);
        assertThat(round.get("late").asInt()).isZero();
        assertThat(round.get("missing").asInt()).isEqualTo(2);

        // The appendix task of Sở TTTT is overdue and listed first.
        JsonNode first = d.get("overdue").get(0);
        assertThat(first.get("unitId").asText()).isEqualTo("na-stttt");
        assertThat(first.get("overdue").asInt()).isEqualTo(1);

        assertThat(api.get("admin", path).status()).isEqualTo(200);

        // UBND huyện Đông Hà is below the issuer, not above it: no dashboard of the province's plan.
        ApiClient.Response binh = api.get("binh", path);
        assertThat(binh.status()).isEqualTo(403);
        assertThat(binh.json().get("message").asText()).contains("không thuộc đơn vị của bạn");
        assertThat(api.get("son", path).status()).isEqualTo(403);
        assertThat(api.get("cuong", "/api/dashboard/plans/987654").status()).isEqualTo(404);
        assertThat(api.get("cuong", "/api/dashboard/plans/abc").status()).isEqualTo(400);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api.get("cuong", "/dashboard/plan.html?plan=" + planId).text()).contains("Bảng điều hành");
    }

    @Test
    void theStartPageListsExactlyThePlansWhoseDashboardOpens() throws Exception {
        ApiClient api = new ApiClient(port);
        Long planId = plan(api);

        JsonNode cuong = api.get("cuong", "/api/dashboard/plans").json();
        assertThat(ids(cuong)).contains(planId);
        JsonNode line = null;
        for (JsonNode p : cuong) {
            line = p.get("id").asLong() == planId ? p : line;
            // every plan listed opens: its dashboard answers 200 for the same person
            assertThat(api.get("cuong", "/api/dashboard/plans/" + p.get("id").asLong()).status()).isEqualTo(200);
        }
        assertThat(line.get("status").asText()).isEqualTo("ISSUED");
        assertThat(line.get("statusLabel").asText()).isEqualTo("Đã ban hành");
        assertThat(line.get("code").asText()).contains("/KH-");
        assertThat(line.get("issuingUnitName").asText()).contains("Ninh An");
        assertThat(ids(api.get("admin", "/api/dashboard/plans").json())).contains(planId);

        // The district got the province's plan but did not issue it: not on its list, as its dashboard is 403.
        JsonNode binh = api.get("binh", "/api/dashboard/plans").json();
        assertThat(ids(binh)).doesNotContain(planId);
        for (JsonNode p : binh) {
            assertThat(api.get("binh", "/api/dashboard/plans/" + p.get("id").asLong()).status()).isEqualTo(200);
        }
        assertThat(api.get("cuong", "/dashboard/").text()).contains("Bảng điều hành kế hoạch", "plans.js");
    }

    @Test
    void signedOutTheDashboardSendsToItsOwnSignInAndBackToThePageAskedFor() throws Exception {
        HttpClient http = HttpClient.newHttpClient(); // follows no redirects
        for (String page : List.of("/dashboard/plan.html?plan=7", "/dashboard/", "/dashboard")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as("no browser password prompt").isEmpty();
            assertThat(answer.headers().firstValue("Location")).hasValue("/camunda/lib/planflow/signin.html?next="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/lib/planflow/signin.html?next=%2Fdashboard%2F")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("lang=\"vi\"", "Tên đăng nhập", "Mật khẩu", "Đăng nhập", "signin.js");
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/dashboard/plans")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(401);
    }

    /** One scenario for the class: it takes a while to issue and report. */
    private Long plan(ApiClient api) {
        if (plan == null) {
            plan = DashboardScenario.create(context, api);
        }
        return plan;
    }

    private static List<Long> ids(JsonNode plans) {
        List<Long> ids = new ArrayList<>();
        plans.forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }
}
