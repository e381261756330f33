package vn.planflow.reporting;

import vn.planflow.web.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.planflow.calendar.DueDates;

/**
 * Three units at two levels over HTTP, each step by the real demo user: communes Hòa Bình (nam)
 * and An Phú (linh) report to UBND huyện Đông Hà, whose office (thu) and Vice Chairman (binh)
 * approve its summary; it goes up to UBND tỉnh, whose office (nga) and Vice Chairman (cuong)
 * approve the province's. Both BÁO CÁO DOCX and XLSX are opened and their figures checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:followupjourney;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/followupjourney"})
class ReportingJourneyTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    ApiClient api;
    LocalDate today;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        today = LocalDate.now(DueDates.ZONE);
    }

    @Test
    void communeReportsAreSummedByTheDistrictAndTheDistrictsByTheProvince() throws Exception {
        Long planId = new FollowUpFixture(context).issue(FollowUpFixture.provincePlan(today.minusDays(30),
                today.plusDays(330), today.plusDays(60), today.plusDays(90)), today);
        String regimePath = "/api/plans/" + planId + "/reporting-regime";
        Map<String, Object> regime = regime();
        assertThat(api.post("lan", regimePath, regime).status()).isEqualTo(403);
        assertThat(api.post("thao", regimePath, Map.of("periods", List.of())).json().get("field").asText())
                .isEqualTo("periods");
        ApiClient.Response configured = api.post("thao", regimePath, regime);
        assertThat(configured.status()).as(configured.text()).isEqualTo(200);
        assertThat(configured.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.get("son", regimePath).status()).isEqualTo(403);

        Map<String, Object> request = Map.of("title", "Kết quả tuyên truyền chuyển đổi số",
                "windowStart", today.minusDays(30).toString(), "windowEnd", today.minusDays(1).toString(),
                "dueDate", today.plusDays(25).toString());
        assertThat(api.post("thao", regimePath + "/ad-hoc", request).status()).isEqualTo(403);
        ApiClient.Response opened = api.post("cuong", regimePath + "/ad-hoc", request);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);

        long hoaBinh = reportOf("nam", planId, "na-dh-hb").get("id").asLong();
        long anPhu = reportOf("linh", planId, "na-dh-ap").get("id").asLong();
        String submitHoaBinh = "/api/reports/" + hoaBinh + "/submit";
        assertThat(api.post("nam", "/api/reports/" + anPhu + "/submit", figures(1, 1)).status()).isEqualTo(403);
        assertThat(api.post("nam", submitHoaBinh, figures(-3, 10)).json().get("field").asText())
                .isEqualTo("figures.sessions");
        assertThat(api.post("nam", submitHoaBinh, figures("mười hai", 10)).status()).isEqualTo(400);
        ApiClient.Response submitted = api.post("nam", submitHoaBinh, figures(12, 450));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("late").asBoolean()).isFalse();
        assertThat(api.post("nam", submitHoaBinh, figures(13, 460)).status()).isEqualTo(409);

        // An Phú reports through its Tasklist task, the form's rows of figures.
        String anPhuTask = taskOf("linh", "Task_SubmitReport", planId);
        complete("linh", anPhuTask, Map.of("figureRows", List.of(Map.of("key", "sessions", "value", 8),
                Map.of("key", "participants", "value", 300)), "results", "Tổ chức 8 buổi tại các thôn"));

        complete("thu", taskOf("thu", "Task_ReviewSummary", planId),
                Map.of("results", "Toàn huyện tổ chức 20 buổi tuyên truyền", "difficulties", "Thiếu loa truyền thanh"));
        JsonNode district = reportOf("thu", planId, "na-dh");
        assertThat(district.get("totals").get("sessions").asInt()).isEqualTo(20);
        complete("binh", taskOf("binh", "Task_ApproveSummary", planId), Map.of("summaryDecision", "approve"));
        String districtPath = "/api/reports/" + district.get("id").asLong();
        district = api.await("binh", districtPath, r -> r.get("status").asText().equals("SENT"), WAIT);
        String districtCode = district.get("code").asText();
        assertThat(districtCode).matches("\\d{2}/BC-UBND");

        complete("nga", taskOf("nga", "Task_ReviewSummary", planId), Map.of());
        complete("cuong", taskOf("cuong", "Task_ApproveSummary", planId), Map.of("summaryDecision", "approve"));
        String provincePath = "/api/reports/" + reportOf("cuong", planId, "na").get("id").asLong();
        JsonNode province = api.await("cuong", provincePath, r -> r.get("status").asText().equals("SENT"), WAIT);
        assertThat(province.get("children").get(0).get("state").asText()).isEqualTo("ON_TIME");

        String districtDocx = text(api.get("binh", districtPath + "/document"));
        assertThat(districtDocx).contains("BÁO CÁO", "Số: " + districtCode, "ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG HÀ",
                "Số buổi tuyên truyền: 20 buổi.", "Số lượt người tham gia: 750 lượt.", "UBND xã Hòa Bình: đúng hạn",
                "Thiếu loa truyền thanh", "- UBND tỉnh Ninh An (để b/c);", "KT. CHỦ TỊCH", "Trần Văn Bình");
        assertThat(rows(api.get("thu", districtPath + "/table"))).containsExactly(
                List.of("1", "Ủy ban nhân dân xã Hòa Bình", "12", "450", "Đúng hạn"),
                List.of("2", "Ủy ban nhân dân xã An Phú", "8", "300", "Đúng hạn"),
                List.of("", "Tổng cộng", "20", "750", "2/2 đúng hạn"));
        String provinceDocx = text(api.get("cuong", provincePath + "/document"));
        assertThat(provinceDocx).contains("TỈNH NINH AN", "Số buổi tuyên truyền: 20 buổi.",
                "UBND huyện Đông Hà: đúng hạn", "- Bộ Thông tin và Truyền thông (để b/c);", "Phạm Quốc Cường");
        assertThat(rows(api.get("nga", provincePath + "/table"))).containsExactly(
                List.of("1", "Ủy ban nhân dân huyện Đông Hà", "20", "750", "Đúng hạn"),
                List.of("", "Tổng cộng", "20", "750", "1/1 đúng hạn"));

        assertThat(api.get("nam", districtPath + "/document").status()).isEqualTo(403);
        assertThat(api.get("son", provincePath + "/document").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/reports").status()).isEqualTo(401);
    }

    @Test
    void noRoundIsOpenedForAPlanWhosePeriodIsOver() {
        Long planId = new FollowUpFixture(context).issue(FollowUpFixture.provincePlan(today.minusDays(200),
                today.minusDays(1), today.minusDays(20), today.minusDays(10)), today);
        ApiClient.Response refused = api.post("thao", "/api/plans/" + planId + "/reporting-regime", regime());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("hết thời kỳ thực hiện");
        assertThat(api.post("cuong", "/api/plans/" + planId + "/reporting-regime/ad-hoc", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void recallingTheIssuedPlanStopsItsReportingAndItsObligations() {
        Long planId = new FollowUpFixture(context).issue(FollowUpFixture.provincePlan(today.minusDays(30),
                today.plusDays(330), today.plusDays(60), today.plusDays(90)), today);
        String regimePath = "/api/plans/" + planId + "/reporting-regime";
        assertThat(api.post("thao", regimePath, regime()).status()).isEqualTo(200);
        assertThat(api.post("cuong", regimePath + "/ad-hoc", Map.of("windowStart", today.minusDays(30).toString(),
                "windowEnd", today.minusDays(1).toString(), "dueDate", today.plusDays(25).toString())).status())
                .isEqualTo(201);
        long hoaBinh = reportOf("nam", planId, "na-dh-hb").get("id").asLong();

        // The recall is the issuance feature's; a leader of the issuer asks, the follow-ups stop.
        ApiClient.Response recalled = api.post("cuong", "/api/plans/" + planId + "/recall",
                Map.of("reason", "Thu hồi để điều chỉnh đối tượng tuyên truyền"));
        assertThat(recalled.status()).as(recalled.text()).isEqualTo(200);
        api.await("thao", regimePath, r -> r.get("status").asText().equals("CANCELLED"), WAIT);
        api.await("cuong", "/api/plans/" + planId + "/obligations", l -> StreamSupport.stream(l.spliterator(), false)
                .allMatch(o -> o.get("status").asText().equals("CANCELLED")), WAIT);
        api.await("nam", "/api/reports/" + hoaBinh, r -> r.get("status").asText().equals("CANCELLED"), WAIT);
        ApiClient.Response late = api.post("nam", "/api/reports/" + hoaBinh + "/submit", figures(1, 1));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("message").asText()).contains("thu hồi");
        assertThat(StreamSupport.stream(api.get("nam", "/api/tasks").json().spliterator(), false)
                .noneMatch(t -> t.get("planId").asLong() == planId)).isTrue();
    }

    /** Yearly on the plan's own date, six months ahead: no periodic round opens while the test runs. */
    private Map<String, Object> regime() {
        LocalDate own = today.plusMonths(6).withDayOfMonth(Math.min(today.getDayOfMonth(), 28));
        return Map.of("periods", List.of("OWN_DATE"),
                "ownDueDate", String.format("%02d/%02d", own.getDayOfMonth(), own.getMonthValue()),
                "reportingUnitIds", List.of("na-dh-hb", "na-dh-ap"),
                "figures", List.of(Map.of("key", "sessions", "label", "Số buổi tuyên truyền", "measure", "buổi"),
                        Map.of("key", "participants", "label", "Số lượt người tham gia", "measure", "lượt")));
    }

    private static Map<String, Object> figures(Object sessions, Object participants) {
        return Map.of("figures", Map.of("sessions", sessions, "participants", participants),
                "results", "Tổ chức tuyên truyền trên loa truyền thanh");
    }

    private JsonNode reportOf(String user, Long planId, String unitId) {
        JsonNode list = api.await(user, "/api/reports?unitId=" + unitId, l -> StreamSupport.stream(l.spliterator(), false)
                .anyMatch(r -> r.get("planId").asLong() == planId), WAIT);
        return StreamSupport.stream(list.spliterator(), false).filter(r -> r.get("planId").asLong() == planId)
                .findFirst().orElseThrow();
    }

    private String taskOf(String user, String step, long planId) {
        JsonNode tasks = api.await(user, "/api/tasks", t -> StreamSupport.stream(t.spliterator(), false)
                .anyMatch(x -> isStep(x, step, planId)), WAIT);
        return StreamSupport.stream(tasks.spliterator(), false).filter(x -> isStep(x, step, planId))
                .findFirst().orElseThrow().get("id").asText();
    }

    private static boolean isStep(JsonNode task, String step, long planId) {
        return task.get("step").asText().equals(step) && task.get("planId").asLong() == planId;
    }

    private void complete(String user, String taskId, Map<String, Object> form) {
        ApiClient.Response r = api.post(user, "/api/tasks/" + taskId + "/complete", form);
        assertThat(r.status()).as(user + " completes " + taskId + ": " + r.text()).isEqualTo(204);
    }

    private static String text(ApiClient.Response docx) throws Exception {
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String tables = doc.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                    + "\n" + tables;
        }
    }

    /** Data rows under the header: TT, unit, the two figures, state (the date column left out). */
    private static List<List<String>> rows(ApiClient.Response xlsx) throws Exception {
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Số buổi tuyên truyền (buổi)");
            return java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .map(row -> List.of(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 5))).toList();
        }
    }

    private static String cell(org.apache.poi.ss.usermodel.Row row, int c) {
        var cell = row.getCell(c);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : cell.getStringCellValue();
    }
}
