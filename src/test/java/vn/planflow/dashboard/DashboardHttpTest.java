package vn.planflow.dashboard;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard API as leaders at different levels see it: the issuing province and an
 * administrator get the figures; a district below the issuer, another district's drafter and an
 * anonymous caller are refused; the page itself asks for the Tasklist sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:dashboardhttp;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/dashboardhttp"})
class DashboardHttpTest {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void leadersOfTheIssuerSeeTheFiguresAndOthersAreRefused() throws Exception {
        ApiClient api = new ApiClient(port);
        Long planId = DashboardScenario.create(context, api);
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
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/dashboard/plan.html?plan=" + planId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).as("no browser password prompt").isEmpty();
        assertThat(page.body()).contains("Cần đăng nhập", "/camunda/app/tasklist/");
        assertThat(api.get("cuong", "/dashboard/plan.html?plan=" + planId).text()).contains("Bảng điều hành");
    }
}
