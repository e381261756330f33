package vn.planflow.obligation;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.planflow.calendar.DueDates;
import vn.planflow.reporting.FollowUpFixture;

/**
 * A plan's obligations over HTTP as the demo users: the lead unit sees its task in its list and in
 * the Tasklist filter "Nhiệm vụ của đơn vị", records progress, uploads evidence and closes it;
 * supporting units read; other districts and other roles are refused. Same context as
 * ReportingJourneyTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:followupjourney;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/followupjourney"})
class ObligationHttpTest {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    ApiClient api;

    /** Camunda REST serves the JVM-wide default engine; a context started later may have taken it. */
    @BeforeEach
    void client() {
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
        api = new ApiClient(port);
    }

    @Test
    void theLeadUnitUpdatesAndClosesItsObligationAndOthersOnlyReadOrAreRefused() {
        LocalDate today = LocalDate.now(DueDates.ZONE);
        Long planId = new FollowUpFixture(context).issue(FollowUpFixture.provincePlan(today.minusDays(10),
                today.plusDays(300), today.plusDays(45), today.plusDays(90)), today);
        JsonNode all = api.get("cuong", "/api/plans/" + planId + "/obligations").json();
        assertThat(all).hasSize(2);
        long training = all.get(0).get("id").asLong();
        String path = "/api/obligations/" + training;
        assertThat(all.get(0).get("leadUnitName").asText()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Ninh An");
        assertThat(all.get(0).get("statusLabel").asText()).isEqualTo("Đang thực hiện");
        JsonNode mine = api.get("thao", "/api/obligations?unitId=na-stttt").json();
        assertThat(StreamSupport.stream(mine.spliterator(), false).map(o -> o.get("id").asLong())).contains(training);
        assertThat(api.get("thao", "/api/obligations?unitId=na-dh").status()).isEqualTo(403);
        assertThat(api.get("son", path).status()).isEqualTo(403);
        assertThat(api.get("son", "/api/plans/" + planId + "/obligations").status()).isEqualTo(403);

        // The Tasklist filter shows the lead unit its task, and nothing to an unrelated drafter.
        String filter = api.get("thao", "/engine-rest/filter?name="
                + URLEncoder.encode("Nhiệm vụ của đơn vị", StandardCharsets.UTF_8)).json().get(0).get("id").asText();
        JsonNode listed = api.get("thao", "/engine-rest/filter/" + filter + "/list").json();
        assertThat(StreamSupport.stream(listed.spliterator(), false).map(t -> t.get("name").asText()))
                .isNotEmpty().allMatch("Cập nhật tiến độ, báo kết quả nhiệm vụ"::equals);
        assertThat(api.get("son", "/engine-rest/filter/" + filter + "/list").json()).isEmpty();

        assertThat(api.post("lan", path + "/progress", Map.of("percent", 10)).status()).isEqualTo(403);
        assertThat(api.post("thao", path + "/progress", Map.of("percent", -5)).json().get("field").asText())
                .isEqualTo("progressPercent");
        ApiClient.Response progress = api.post("thao", path + "/progress", Map.of("percent", 60,
                "note", "Đã mở lớp tập huấn thứ nhất cho 60 cán bộ"));
        assertThat(progress.status()).as(progress.text()).isEqualTo(200);
        assertThat(progress.json().get("progressPercent").asInt()).isEqualTo(60);

        byte[] photo = "ảnh lớp tập huấn".getBytes(StandardCharsets.UTF_8);
        ApiClient.Response uploaded = api.upload("thao", path + "/evidence", "lop-tap-huan.jpg", "image/jpeg", photo,
                "Ảnh lớp thứ nhất");
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String evidence = path + "/evidence/" + uploaded.json().get("id").asLong();
        assertThat(api.get("thu", evidence).body()).isEqualTo(photo);
        assertThat(api.get("son", evidence).status()).isEqualTo(403);
        assertThat(api.upload("thu", path + "/evidence", "x.txt", "text/plain", photo, "").status()).isEqualTo(403);

        ApiClient.Response closed = api.post("thao", path + "/close", Map.of("outcome", "DONE",
                "result", "Đã tổ chức 02 lớp tập huấn cho 120 cán bộ cấp xã"));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("DONE");
        assertThat(closed.json().get("finishedLate").asBoolean()).isFalse();
        assertThat(api.post("thao", path + "/close", Map.of("outcome", "DONE", "result", "x")).status()).isEqualTo(409);
        api.await("thao", "/api/tasks", t -> StreamSupport.stream(t.spliterator(), false)
                .noneMatch(x -> x.get("planId").asLong() == planId), Duration.ofSeconds(20));
    }
}
