package vn.planflow.calendar;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The holiday table over HTTP: everyone signed in reads a year; only administrators add and
 * remove days. Same application context as the follow-up journey tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:followupjourney;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/followupjourney"})
class HolidayControllerTest {
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void everyoneReadsTheHolidaysAndOnlyAnAdministratorChangesThem() {
        var year = api.get("lan", "/api/holidays?year=2026").json();
        assertThat(year).hasSize(13);
        assertThat(StreamSupport.stream(year.spliterator(), false).map(h -> h.get("day").asText()))
                .contains("2026-02-17", "2026-04-30", "2026-05-01", "2026-09-02");
        assertThat(api.get(null, "/api/holidays?year=2026").status()).isEqualTo(401);
        assertThat(api.get("lan", "/api/holidays?year=abc").status()).isEqualTo(400);

        Map<String, Object> day = Map.of("day", "2030-01-02", "name", "Nghỉ bù Tết Dương lịch", "kind", "COMPENSATORY");
        var refused = api.post("lan", "/api/holidays", day);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).isEqualTo("Bạn không có quyền thực hiện việc này");
        assertThat(api.post("cuong", "/api/holidays", day).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/holidays", Map.of("day", "2030-01-02", "kind", "FIXED")).json()
                .get("field").asText()).isEqualTo("name");
        assertThat(api.post("admin", "/api/holidays", day).status()).isEqualTo(201);
        assertThat(api.post("admin", "/api/holidays", day).status()).isEqualTo(409);
        assertThat(api.get("lan", "/api/holidays?year=2030").json()).hasSize(1);
        assertThat(api.delete("lan", "/api/holidays/2030-01-02").status()).isEqualTo(403);
        assertThat(api.delete("admin", "/api/holidays/2030-01-02").status()).isEqualTo(204);
        assertThat(api.delete("admin", "/api/holidays/2030-01-02").status()).isEqualTo(404);
        assertThat(api.get("lan", "/api/holidays?year=2030").json()).isEmpty();
    }
}
