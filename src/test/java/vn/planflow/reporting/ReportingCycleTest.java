package vn.planflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.planflow.issuance.OutgoingRegisterService;
import vn.planflow.support.ConflictException;
import vn.planflow.support.FileStore;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;

/**
 * One quarter of 2026 with the real services and the engine clock moved, job by job: Hòa Bình
 * reports on time, An Phú is reminded, closed out, and reports late; its report still counts and
 * the summary shows it late. The district's approved summary becomes UBND huyện's BC and feeds
 * the province's, numbered in UBND tỉnh's yearly series after the plan's KH.
 */
@SpringBootTest(properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:followups;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/followups",
        "camunda.bpm.job-execution.enabled=false"})
class ReportingCycleTest {
    static final Map<String, Object> FIGURES = Map.of("sessions", 12, "participants", 450);

    @Autowired
    ApplicationContext context;
    @Autowired
    RegimeService regimes;
    @Autowired
    RoundService rounds;
    @Autowired
    ReportApi reports;
    @Autowired
    ReportRepository reportRepository;
    @Autowired
    OutgoingRegisterService register;
    @Autowired
    FileStore files;
    FollowUpFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FollowUpFixture(context);
        ClockUtil.setCurrentTime(at("2026-01-05T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static RegimeRequest quarterly() {
        return new RegimeRequest(List.of(PeriodKind.QUARTER), null, List.of("na-dh-hb", "na-dh-ap"), List.of(
                new RegimeRequest.Figure("sessions", "Số buổi tuyên truyền", "buổi", false),
                new RegimeRequest.Figure("participants", "Số lượt người tham gia", "lượt", false)), null, null);
    }

    @Test
    void aLateCommuneStillCountsAndTheSummariesClimbToTheProvinceInTheirYearlySeries() throws Exception {
        Long planId = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> regimes.configure(planId, quarterly(), "lan")).isInstanceOf(ForbiddenException.class);
        ReportingRegime regime = fixture.inTransaction(() -> regimes.configure(planId, quarterly(), "thao"));
        assertThat(regime.getStatus()).isEqualTo(RegimeStatus.ACTIVE);
        fixture.runDue(planId);

        ClockUtil.setCurrentTime(at("2026-03-14T01:00:00Z"));
        fixture.runDue(planId);
        ReportingRound q1 = rounds.ofRegime(regime.getId()).get(0);
        assertThat(q1.getLabel()).isEqualTo("quý I năm 2026");
        assertThat(q1.getWindowStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        Report hoaBinh = report(q1, "na-dh-hb");
        Report anPhu = report(q1, "na-dh-ap");
        Report district = report(q1, "na-dh");
        Report province = report(q1, "na");
        assertThat(List.of(hoaBinh.getDueDate(), district.getDueDate(), province.getDueDate())).containsExactly(
                LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 25));

        ClockUtil.setCurrentTime(at("2026-03-16T02:00:00Z"));
        reports.submit(hoaBinh.getId(), new ReportApi.SubmitRequest(FIGURES, "Tổ chức 12 buổi tuyên truyền", null,
                "Hỗ trợ loa truyền thanh"), "ngoc");
        assertThat(fixture.task("nam", planId, "Task_SubmitReport")).isNull();

        // An Phú misses 19/03: reminded two working days before, then closed out at 17:00.
        ClockUtil.setCurrentTime(at("2026-03-20T02:00:00Z"));
        fixture.runDue(planId);
        assertThat(reportRepository.findById(anPhu.getId()).orElseThrow().getReminderCount()).isEqualTo(1);
        assertThat(reportRepository.findById(hoaBinh.getId()).orElseThrow().getReminderCount()).isZero();
        ReportView draft = reports.view(district.getId(), "thu");
        assertThat(draft.children()).extracting(ReportView.ChildView::state).containsExactly("ON_TIME", "MISSING");
        assertThat(draft.totals()).containsEntry("sessions", new BigDecimal("12.00"));

        // The late report still counts, and shows as late.
        reports.submit(anPhu.getId(), new ReportApi.SubmitRequest(Map.of("sessions", "8", "participants", 300.0),
                "Tổ chức 8 buổi", "Thiếu kinh phí", null), "linh");
        draft = reports.view(district.getId(), "binh");
        assertThat(draft.children()).extracting(ReportView.ChildView::state).containsExactly("ON_TIME", "LATE");
        assertThat(draft.totals()).containsEntry("sessions", new BigDecimal("20.00"))
                .containsEntry("participants", new BigDecimal("750.00"));

        fixture.submit("thu", fixture.task("thu", planId, "Task_ReviewSummary"),
                Map.of("results", "Toàn huyện tổ chức 20 buổi tuyên truyền", "proposals", "Hỗ trợ kinh phí cho xã"));
        assertThatThrownBy(() -> fixture.submit("binh", fixture.task("binh", planId, "Task_ApproveSummary"),
                Map.of("summaryDecision", "return"))).satisfies(e -> assertThat(refusal(e))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "summaryComment"));
        fixture.submit("binh", fixture.task("binh", planId, "Task_ApproveSummary"), Map.of("summaryDecision", "approve"));
        fixture.runDue(planId);

        district = reportRepository.findById(district.getId()).orElseThrow();
        assertThat(district.getStatus()).isEqualTo(ReportStatus.SENT);
        assertThat(district.getCode()).matches("\\d{2}/BC-UBND");
        assertThat(district.isLate()).isFalse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.read(district.getXlsxFileId())))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(row(sheet, 3)).containsExactly("1", "Ủy ban nhân dân xã Hòa Bình", "12", "450", "2026-03-16",
                    "Đúng hạn");
            assertThat(row(sheet, 4)).containsExactly("2", "Ủy ban nhân dân xã An Phú", "8", "300", "2026-03-20",
                    "Nộp muộn");
            assertThat(row(sheet, 5)).containsExactly("", "Tổng cộng", "20", "750", "", "1/2 đúng hạn");
        }

        // The province received the district's summary as its report, on time.
        fixture.submit("nga", fixture.task("nga", planId, "Task_ReviewSummary"), Map.of());
        fixture.submit("cuong", fixture.task("cuong", planId, "Task_ApproveSummary"), Map.of("summaryDecision", "approve"));
        fixture.runDue(planId);
        province = reportRepository.findById(province.getId()).orElseThrow();
        assertThat(province.getStatus()).isEqualTo(ReportStatus.SENT);
        assertThat(province.getFigures()).containsEntry("participants", new BigDecimal("750.00"));
        // One series per issuing body and year: the report takes the number after the plan's KH.
        int planNumber = context.getBean(vn.planflow.plan.PlanService.class).get(planId).getNumber();
        assertThat(province.getNumber()).isEqualTo(planNumber + 1);
        assertThat(province.getCode()).isEqualTo(String.format("%02d/BC-UBND", planNumber + 1));
        assertThat(register.list("na", 2026)).extracting(e -> e.getCode()).contains(province.getCode());
        assertThat(register.list("na-dh", 2026)).extracting(e -> e.getCode()).contains(district.getCode());
        // The loop goes on: the next round opens on 14 June.
        assertThat(regimes.get(regime.getId()).getLastCutOff()).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void badReportsAreRefusedWithTheFieldAndNothingIsLost() {
        Long planId = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        fixture.inTransaction(() -> regimes.configure(planId, quarterly(), "thao"));
        ReportingRound round = rounds.openAdHoc(planId, new AdHocRequest("Kết quả tập huấn", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 23)), "cuong");
        Long hoaBinh = report(round, "na-dh-hb").getId();

        assertThatThrownBy(() -> submit(hoaBinh, Map.of("sessions", -1, "participants", 4), "ngoc"))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "figures.sessions");
        assertThatThrownBy(() -> submit(hoaBinh, Map.of("sessions", "mười", "participants", 4), "ngoc"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("phải là một số");
        assertThatThrownBy(() -> submit(hoaBinh, Map.of("sessions", 1, "participants", 4, "budget", 9), "ngoc"))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "figures.budget");
        assertThatThrownBy(() -> submit(hoaBinh, Map.of("sessions", 1), "ngoc"))
                .hasFieldOrPropertyWithValue("field", "figures.participants");
        assertThatThrownBy(() -> submit(hoaBinh, FIGURES, "linh")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("không được báo cáo thay");
        assertThatThrownBy(() -> submit(report(round, "na-dh").getId(), FIGURES, "thu"))
                .isInstanceOf(ConflictException.class);
        assertThat(reportRepository.findById(hoaBinh).orElseThrow().getStatus()).isEqualTo(ReportStatus.PENDING);

        submit(hoaBinh, FIGURES, "quyen");
        assertThatThrownBy(() -> submit(hoaBinh, Map.of("sessions", 99, "participants", 99), "ngoc"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("mỗi kỳ chỉ nộp một lần");
        assertThat(reportRepository.findById(hoaBinh).orElseThrow().getFigures())
                .containsEntry("sessions", new BigDecimal("12.00"));
        assertThatThrownBy(() -> rounds.openAdHoc(planId, new AdHocRequest(null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)), "cuong"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("hạn sớm nhất là");
        assertThatThrownBy(() -> rounds.openAdHoc(planId, new AdHocRequest(null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 7)), "thao")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aRecalledPlanStopsItsRegimeAndOpenRounds() {
        Long planId = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        ReportingRegime regime = fixture.inTransaction(() -> regimes.configure(planId, new RegimeRequest(
                List.of(PeriodKind.MONTH, PeriodKind.OWN_DATE), "01/10", List.of(), List.of(), null, null), "thao"));
        assertThat(regime.getPeriods()).isEqualTo(EnumSet.of(PeriodKind.MONTH, PeriodKind.OWN_DATE));
        fixture.runDue(planId);
        ClockUtil.setCurrentTime(at("2026-01-14T01:00:00Z"));
        fixture.runDue(planId);
        ReportingRound january = rounds.ofRegime(regime.getId()).get(0);
        // No list: every committee at the bottom of the province reports (three communes, two districts).
        assertThat(reportRepository.findByRoundIdOrderByDepthAscIdAsc(january.getId())).hasSize(6);

        fixture.inTransaction(() -> {
            context.publishEvent(new vn.planflow.issuance.PlanRecalledEvent(planId, null, "Thu hồi để sửa sai sót"));
            return null;
        });
        fixture.runDue(planId);
        assertThat(regimes.get(regime.getId()).getStatus()).isEqualTo(RegimeStatus.CANCELLED);
        assertThat(rounds.get(january.getId()).isCancelled()).isTrue();
        assertThat(reportRepository.findByRoundIdOrderByDepthAscIdAsc(january.getId()))
                .extracting(Report::getStatus).containsOnly(ReportStatus.CANCELLED);
        assertThatThrownBy(() -> submit(report(january, "na-dh-hb").getId(), Map.of(), "ngoc"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("thu hồi");
    }

    @Test
    void aReplacementPlanTakesOverTheRegimeOfThePlanItReplaces() {
        Long old = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        fixture.inTransaction(() -> regimes.configure(old, quarterly(), "thao"));
        fixture.runDue(old);
        Long replacement = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 2, 2));

        fixture.inTransaction(() -> {
            context.publishEvent(new vn.planflow.issuance.PlanRecalledEvent(old, replacement, "Được thay thế"));
            return null;
        });
        fixture.runDue(old);
        fixture.runDue(replacement);

        assertThat(regimes.forPlan(old).orElseThrow().getStatus()).isEqualTo(RegimeStatus.CANCELLED);
        ReportingRegime taken = regimes.forPlan(replacement).orElseThrow();
        assertThat(taken.getStatus()).isEqualTo(RegimeStatus.ACTIVE);
        assertThat(taken.getPeriods()).containsExactly(PeriodKind.QUARTER);
        assertThat(taken.getReportingUnitIds()).containsExactly("na-dh-hb", "na-dh-ap");
        assertThat(taken.getFigures()).extracting(RegimeFigure::getKey).containsExactly("sessions", "participants");
        assertThat(taken.getActiveFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    private void submit(Long reportId, Map<String, ?> figures, String user) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) figures;
        reports.submit(reportId, new ReportApi.SubmitRequest(values, null, null, null), user);
    }

    /** The engine may wrap what a task listener threw; the user's reason is inside. */
    static Throwable refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof vn.planflow.support.DomainException) {
                return t;
            }
        }
        return e;
    }

    private Report report(ReportingRound round, String unitId) {
        return reportRepository.findByRoundIdAndUnitId(round.getId(), unitId).orElseThrow();
    }

    private static List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(c -> {
            var cell = row.getCell(c);
            if (cell == null) {
                return "";
            }
            return switch (cell.getCellType()) {
                case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                default -> cell.getStringCellValue();
            };
        }).toList();
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
