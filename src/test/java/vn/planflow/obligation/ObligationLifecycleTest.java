package vn.planflow.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.planflow.reporting.FollowUpFixture;
import vn.planflow.support.ConflictException;
import vn.planflow.support.FileStore;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;

/**
 * An issued plan's obligations with the real services and the engine clock moved: read from the
 * appendix and part IV, updated with progress and evidence by the lead unit only, reminded on
 * the calendar's working days, flagged and chased by the issuing office once late, closed with a
 * result. Same application context as ReportingCycleTest (same properties).
 */
@SpringBootTest(properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:followups;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/followups",
        "camunda.bpm.job-execution.enabled=false"})
class ObligationLifecycleTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    ObligationApi api;
    @Autowired
    ObligationRepository repository;
    @Autowired
    FileStore files;
    @Autowired
    RuntimeService runtimeService;
    FollowUpFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FollowUpFixture(context);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLeadUnitReportsProgressIsRemindedAroundTheHolidaysChasedWhenLateAndClosesWithAResult() {
        // The task finishes on Wednesday 29/04/2026, just before the 30/4-1/5 holidays.
        Long planId = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        List<ObligationView> obligations = api.ofPlan(planId, "thao");
        assertThat(obligations).extracting(ObligationView::leadUnitId).containsExactly("na-stttt", "na-dh");
        ObligationView training = obligations.get(0);
        assertThat(training.supportingUnitIds()).containsExactly("na-dh", "na-ts");
        assertThat(training.finish()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(obligations.get(1).finish()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(api.mine("thao", null)).filteredOn(o -> o.planId().equals(planId))
                .extracting(ObligationView::id).containsExactly(training.id());
        assertThat(api.mine("thu", null)).filteredOn(o -> o.planId().equals(planId)).extracting(ObligationView::id)
                .containsExactlyInAnyOrder(training.id(), obligations.get(1).id());
        assertThatThrownBy(() -> api.get(training.id(), "son")).isInstanceOf(ForbiddenException.class);

        assertThat(api.progress(training.id(), 40, "Đã mở lớp thứ nhất", "thao").progressPercent()).isEqualTo(40);
        assertThatThrownBy(() -> api.progress(training.id(), 150, null, "thao"))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "progressPercent");
        assertThatThrownBy(() -> api.progress(training.id(), 50, null, "thu")).isInstanceOf(ForbiddenException.class);
        byte[] minutes = "Biên bản lớp tập huấn số 1".getBytes(StandardCharsets.UTF_8);
        var evidence = api.addEvidence(training.id(), "bien-ban-lop-1.txt", "text/plain", minutes, "Biên bản", "thao");
        assertThat(api.evidence(training.id(), evidence.id(), "cuong").content()).isEqualTo(minutes);
        assertThat(repository.findById(training.id()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.OPEN);

        // Five working days before 29/04: 28, 24, 23, 22, 21 (Giỗ Tổ's Monday 27/04 and the weekend are off).
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-20T10:00:00Z")));
        fixture.runDue(planId);
        assertThat(repository.findById(training.id()).orElseThrow().getReminderCount()).isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-21T01:30:00Z")));
        fixture.runDue(planId);
        assertThat(repository.findById(training.id()).orElseThrow().getReminderCount()).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-29T11:00:00Z")));
        fixture.runDue(planId);
        Obligation late = repository.findById(training.id()).orElseThrow();
        assertThat(late.getStatus()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(fixture.task("thao", planId, "Task_ChaseObligation")).isNull();
        fixture.submit("nga", fixture.task("nga", planId, "Task_ChaseObligation"),
                Map.of("chaseNote", "Đã gọi điện đề nghị Sở hoàn thành lớp thứ hai trước 08/5"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-06T03:00:00Z")));
        ObligationView closed = api.close(training.id(), "DONE", "Đã tổ chức 02 lớp, 120 học viên", "thao");
        assertThat(closed.status()).isEqualTo("DONE");
        assertThat(closed.finishedLate()).isTrue();
        assertThat(closed.history()).extracting(ObligationView.NoteView::kind)
                .containsExactly("PROGRESS", "EVIDENCE", "REMINDER", "OVERDUE", "CHASE", "CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(late.getProcessInstanceId()).count()).isZero();
        assertThatThrownBy(() -> api.close(training.id(), "DONE", "lần nữa", "thao"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> api.close(obligations.get(1).id(), "MAYBE", "x", "thu"))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "outcome");
    }

    @Test
    void progressRecordedInTasklistKeepsTheTaskAndNotDoneClosesIt() {
        Long planId = fixture.issue(FollowUpFixture.provincePlan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 1, 5));
        Long district = api.ofPlan(planId, "thu").get(1).id();
        var task = fixture.task("hoa", planId, "Task_UpdateObligation");
        assertThat(task).isNotNull();
        fixture.submit("hoa", task, Map.of("obligationAction", "progress", "progressPercent", 30,
                "progressNote", "Đã phát 2.000 tờ rơi"));
        assertThat(repository.findById(district).orElseThrow().getProgressPercent()).isEqualTo(30);
        var again = fixture.task("hoa", planId, "Task_UpdateObligation");
        assertThat(again.getId()).isNotEqualTo(task.getId());
        fixture.submit("thu", again, Map.of("obligationAction", "notDone", "result", "Chưa bố trí được kinh phí"));
        assertThat(repository.findById(district).orElseThrow().getStatus()).isEqualTo(ObligationStatus.NOT_DONE);
        assertThat(fixture.task("thu", planId, "Task_UpdateObligation")).isNull();
    }
}
