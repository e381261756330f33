package vn.planflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.planflow.web.ApiClient;

/** Administrators add units, leaders and people; the new person can work at once; others may not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:members;DB_CLOSE_DELAY=-1",
        "planflow.files.dir=target/test-files/members"})
class MemberAdministrationTest {
    @LocalServerPort
    int port;

    @Test
    void adminBuildsAUnitAndItsPeopleWhileOthersAreRefused() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> commune = Map.of("id", "na-dh-tm", "name", "Ủy ban nhân dân xã Tân Mỹ",
                "shortName", "UBND xã Tân Mỹ", "headerName", "ỦY BAN NHÂN DÂN\nXÃ TÂN MỸ", "kind", "COMMITTEE",
                "level", "COMMUNE", "parentId", "na-dh", "code", "UBND", "placeName", "Tân Mỹ", "onSystem", true);
        assertThat(api.post("lan", "/api/units", commune).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/units", commune).status()).isEqualTo(201);
        assertThat(api.post("admin", "/api/units", commune).status()).isEqualTo(409);
        assertThat(api.get("lan", "/api/units/na-dh/children").text()).contains("na-dh-tm");

        Map<String, Object> loop = new java.util.HashMap<>(commune);
        loop.put("parentId", "na-dh-tm");
        assertThat(api.put("admin", "/api/units/na-dh-tm", loop).json().get("field").asText()).isEqualTo("parentId");

        Map<String, Object> clerk = Map.of("userId", "trang", "fullName", "Mai Thu Trang", "password", "demo",
                "role", "CLERK");
        assertThat(api.post("hoa", "/api/units/na-dh-tm/members", clerk).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/units/na-dh-tm/members", clerk).status()).isEqualTo(201);
        assertThat(api.get("admin", "/api/units/na-dh-tm/members").text()).contains("Mai Thu Trang", "CLERK");
        assertThat(api.get("trang", "/api/tasks").status()).isEqualTo(200);
        assertThat(api.post("admin", "/api/units/na-dh-tm/members", Map.of("userId", "x", "fullName", "Ai",
                "role", "CLERK")).json().get("field").asText()).isEqualTo("fullName");

        assertThat(api.post("admin", "/api/units/na-dh-tm/leaders", Map.of("userId", "trang",
                "fullName", "Mai Thu Trang", "position", "VICE_CHAIRMAN")).status()).isEqualTo(200);
        assertThat(api.get("lan", "/api/units/na-dh-tm/leaders").text()).contains("VICE_CHAIRMAN");
    }
}
