package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda REST obeys the same boundaries as the domain API: signed in, own unit and role only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:enginerest;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/enginerest"})
class EngineRestSecurityTest {
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void engineRestNeedsCredentialsAndShowsOnlyOwnTasks() {
        assertThat(api.get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(api.get(null, "/engine-rest/engine").status()).isEqualTo(200);
        assertThat(api.get(null, "/api/units").status()).isEqualTo(401);
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("lan", "/actuator/metrics").status()).isEqualTo(403);

        long planId = api.post("lan", "/api/plans", PlanRequests.districtPlan(List.of(), null)).json().get("id").asLong();
        JsonNode lanTasks = api.await("lan", "/engine-rest/task?processInstanceBusinessKey=" + planId,
                t -> t.size() == 1, Duration.ofSeconds(10));
        String write = lanTasks.get(0).get("id").asText();
        assertThat(api.get("son", "/engine-rest/task?processInstanceBusinessKey=" + planId).json()).isEmpty();
        assertThat(api.get("hung", "/engine-rest/task?processInstanceBusinessKey=" + planId).json()).isEmpty();
        assertThat(api.post("son", "/engine-rest/task/" + write + "/complete", Map.of("variables", Map.of())).status())
                .isIn(403, 404);

        assertThat(api.post("lan", "/engine-rest/task/" + write + "/submit-form", Map.of("variables", Map.of()))
                .status()).isEqualTo(204);
        String review = api.await("hung", "/engine-rest/task?processInstanceBusinessKey=" + planId,
                t -> t.size() == 1, Duration.ofSeconds(10)).get(0).get("id").asText();
        ApiClient.Response refused = api.post("hung", "/engine-rest/task/" + review + "/submit-form",
                Map.of("variables", Map.of("headDecision", Map.of("value", "return", "type", "String"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("headComment");
        assertThat(StreamSupport.stream(api.get("hung", "/engine-rest/task?processInstanceBusinessKey=" + planId)
                .json().spliterator(), false).map(t -> t.get("id").asText())).containsExactly(review);
    }

    @Test
    void wrongPasswordIsRefusedEverywhere() {
        ApiClient stranger = new ApiClient(port);
        assertThat(stranger.get("nobody", "/engine-rest/task").status()).isEqualTo(401);
        assertThat(stranger.get("nobody", "/api/plans").status()).isEqualTo(401);
    }
}
