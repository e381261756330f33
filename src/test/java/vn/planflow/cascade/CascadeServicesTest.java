package vn.planflow.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.identity.IdentityAdminService;
import vn.planflow.issuance.PlanIssuedEvent;
import vn.planflow.issuance.PlanWithdrawalService;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanContents;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.support.DomainException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitAdminService;
import vn.planflow.unit.UnitService;

/**
 * The cascade through its services on a generated province, with the job executor off so each
 * job runs when the test says: a fan-out to a hundred communes (one failing), lateness with the
 * engine clock, the replacement of a parent, and a unit demanded twice in one cascade.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:cascadeservices;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/cascadeservices"})
class CascadeServicesTest {
    private static boolean created;
    @Autowired UnitAdminService unitAdmin;
    @Autowired IdentityAdminService identityAdmin;
    @Autowired UnitService units;
    @Autowired PlanService plans;
    @Autowired PlanLineageService lineage;
    @Autowired PlanWithdrawalService withdrawals;
    @Autowired CascadeViews views;
    @Autowired ChildPlanDemandRepository demands;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @MockitoSpyBean ChildDraftComposer composer;

    @BeforeEach
    void province() {
        if (!created) {
            CascadeFixture.create(unitAdmin, identityAdmin);
            created = true;
        }
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
        doCallRealMethod().when(composer).compose(any(), any(), any());
    }

    @Test
    void aProvinceFansOutToAHundredCommunesAndItsViewCountsEveryOne() {
        String broken = CascadeFixture.commune(13);
        doThrow(new IllegalStateException("mất kết nối cơ sở dữ liệu")).when(composer)
                .compose(any(), argThat(u -> u != null && broken.equals(u.getId())), any());
        List<String> communes = IntStream.rangeClosed(1, CascadeFixture.COMMUNES).mapToObj(CascadeFixture::commune).toList();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = cpu.getCurrentThreadCpuTime();
        Plan parent = issued(CascadeFixture.plan("Phát triển văn hóa đọc năm 2026", LocalDate.now().plusDays(20), communes));
        long fannedOut = System.nanoTime();
        long fannedOutCpu = cpu.getCurrentThreadCpuTime();
        runJobs();
        System.out.printf("cascade fan-out: %d communes; issue and fan out %d ms (cpu %d ms); start every child %d ms"
                        + " (cpu %d ms)%n", communes.size(), (fannedOut - started) / 1_000_000,
                (fannedOutCpu - startedCpu) / 1_000_000, (System.nanoTime() - fannedOut) / 1_000_000,
                (cpu.getCurrentThreadCpuTime() - fannedOutCpu) / 1_000_000);

        // the one commune that could not be started is an incident of its own tracking, nothing else
        ChildPlanDemand failed = demand(parent, broken);
        Job job = management.createJobQuery().processInstanceId(failed.getProcessInstanceId()).singleResult();
        for (int attempt = 0; attempt < 2; attempt++) {
            management.setJobDuedate(job.getId(), null);
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("mất kết nối");
        }
        List<Incident> incidents = runtime.createIncidentQuery().list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getProcessInstanceId()).isEqualTo(failed.getProcessInstanceId());
        assertThat(incidents.get(0).getActivityId()).isEqualTo("Task_StartChildPlan");

        CascadeView view = views.of(plans.get(parent.getId()), "UBND tỉnh Phú Xuân");
        assertThat(view.total()).isEqualTo(100);
        assertThat(view.byStatus()).containsEntry("DRAFTING", 94).containsEntry("NOT_STARTED", 1)
                .containsEntry("OUTSIDE_SYSTEM", 5);
        assertThat(view.levels()).singleElement().satisfies(l -> {
            assertThat(l.depth()).isEqualTo(1);
            assertThat(l.unitLevels()).containsExactly("COMMUNE");
            assertThat(l.total()).isEqualTo(100);
        });
        Task firstDraft = tasks.createTaskQuery().processVariableValueEquals("planId",
                demand(parent, CascadeFixture.commune(1)).getChildPlanId()).singleResult();
        assertThat(firstDraft.getTaskDefinitionKey()).isEqualTo("Task_WriteDraft");
        assertThat(firstDraft.getAssignee()).isNull();

        // one commune issues (the parent hears it by message), one paper plan arrives, the failure is repaired
        ChildPlanDemand first = demand(parent, CascadeFixture.commune(1));
        issue(plans.get(first.getChildPlanId()), 3, "03/KH-UBND");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getProcessInstanceId()).count()).isZero();
        ChildPlanDemand paper = demand(parent, CascadeFixture.commune(100));
        Task record = tasks.createTaskQuery().processInstanceId(paper.getProcessInstanceId())
                .taskDefinitionKey("Task_RecordPaperChildPlan").singleResult();
        assertThat(tasks.getIdentityLinksForTask(record.getId())).anyMatch(l -> "fx-vp.clerk".equals(l.getGroupId()));
        assertThat(refusal(() -> forms.submitTaskForm(record.getId(), Map.of("paperCode", "mười lăm"))).getField())
                .isEqualTo("paperCode");
        forms.submitTaskForm(record.getId(), Map.of("paperCode", "15/KH-UBND", "paperIssuedOn", LocalDate.now().toString()));
        doCallRealMethod().when(composer).compose(any(), any(), any());
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        view = views.of(plans.get(parent.getId()), "UBND tỉnh Phú Xuân");
        assertThat(view.total()).isEqualTo(100);
        assertThat(view.byStatus()).containsEntry("ISSUED", 2).containsEntry("DRAFTING", 94)
                .containsEntry("OUTSIDE_SYSTEM", 4).containsEntry("NOT_STARTED", 0);
        CascadeView.Node onPaper = view.children().stream().filter(n -> n.unitId().equals(paper.getUnitId()))
                .findFirst().orElseThrow();
        assertThat(onPaper.code()).isEqualTo("15/KH-UBND");
        assertThat(onPaper.recordedByHand()).isTrue();
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void theChildUnitIsRemindedThenTheLateDemandEscalatesToTheParentsOffice() {
        LocalDate due = LocalDate.now().plusDays(14);
        Plan parent = issued(CascadeFixture.plan("Tuyên truyền bảo vệ môi trường năm 2026", due,
                List.of(CascadeFixture.commune(2))));
        runJobs();
        ChildPlanDemand demand = demand(parent, CascadeFixture.commune(2));

        Job reminder = timer(demand, "Timer_RemindDate");
        LocalDate remindOn = reminder.getDuedate().toInstant().atZone(vn.planflow.calendar.DueDates.ZONE).toLocalDate();
        assertThat(remindOn).isBefore(due);
        ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
        management.executeJob(reminder.getId());
        Task note = tasks.createTaskQuery().processInstanceId(demand.getProcessInstanceId()).singleResult();
        assertThat(note.getTaskDefinitionKey()).isEqualTo("Task_NoteReminder");
        assertThat(tasks.getIdentityLinksForTask(note.getId())).extracting(l -> l.getGroupId())
                .contains(CascadeFixture.commune(2) + ".drafter", CascadeFixture.commune(2) + ".clerk");
        assertThat(demands.findById(demand.getId()).orElseThrow().getReminderCount()).isEqualTo(1);
        forms.submitTaskForm(note.getId(), Map.of("reminderRead", true));

        Job dueTimer = timer(demand, "Timer_DueDate");
        ClockUtil.setCurrentTime(new Date(dueTimer.getDuedate().getTime() + 60_000));
        management.executeJob(dueTimer.getId());
        Task escalation = tasks.createTaskQuery().processInstanceId(demand.getProcessInstanceId()).singleResult();
        assertThat(escalation.getTaskDefinitionKey()).isEqualTo("Task_EscalateChildPlan");
        assertThat(tasks.getIdentityLinksForTask(escalation.getId())).extracting(l -> l.getGroupId())
                .containsExactly("fx-vp.checker");
        CascadeView.Node late = views.of(plans.get(parent.getId()), "").children().get(0);
        assertThat(late.late()).isTrue();
        assertThat(late.escalated()).isTrue();

        assertThat(refusal(() -> forms.submitTaskForm(escalation.getId(), Map.of("escalationDecision", "close")))
                .getMessage()).isEqualTo("Khi kết thúc theo dõi, phải ghi rõ lý do");
        LocalDate newDue = due.plusDays(14);
        forms.submitTaskForm(escalation.getId(), Map.of("escalationDecision", "extend", "newDueDate", newDue.toString(),
                "escalationNote", "Đã gọi điện đôn đốc"));
        assertThat(demands.findById(demand.getId()).orElseThrow().getDueDate()).isEqualTo(newDue);
        assertThat(timer(demand, "Timer_DueDate").getDuedate().toInstant().atZone(vn.planflow.calendar.DueDates.ZONE)
                .toLocalDate()).isEqualTo(newDue);
        CascadeView.Node extended = views.of(plans.get(parent.getId()), "").children().get(0);
        assertThat(extended.late()).isFalse();
        assertThat(extended.dueDate()).isEqualTo(newDue);
    }

    @Test
    void aReplacementTakesOverTheOpenDraftAndTheParentsOtherChildIsCancelled() {
        Plan old = issued(CascadeFixture.plan("Phát triển du lịch cộng đồng năm 2026", LocalDate.now().plusDays(20),
                List.of(CascadeFixture.commune(3), CascadeFixture.commune(4))));
        runJobs();
        ChildPlanDemand kept = demand(old, CascadeFixture.commune(3));
        ChildPlanDemand dropped = demand(old, CascadeFixture.commune(4));
        Plan keptDraft = plans.get(kept.getChildPlanId());
        assertThat(firstLegalBasis(keptDraft.getId())).startsWith("Căn cứ Kế hoạch số " + old.getCode());

        Plan replacement = tx.execute(s -> lineage.createReplacement(old.getId(), CascadeFixture.DRAFTER));
        PlanContent content = tx.execute(s -> PlanContents.of(plans.get(replacement.getId())));
        tx.executeWithoutResult(s -> plans.update(replacement.getId(), new PlanContent(content.title(),
                content.periodLabel(), null, null, content.issuingUnitId(), content.signerId(), content.legalBases(),
                content.purposes(), null, null, null, null, null, null, content.implementation(), null, List.of(),
                List.of(content.recipients().get(0)), List.of(), null), CascadeFixture.DRAFTER));
        issue(plans.get(replacement.getId()), 8, "08/KH-UBND");
        tx.executeWithoutResult(s -> withdrawals.replacementIssued(replacement.getId()));
        runJobs();

        assertThat(plans.get(old.getId()).getStatus()).isEqualTo(PlanStatus.REPLACED);
        Plan moved = plans.get(keptDraft.getId());
        assertThat(moved.getParentPlanId()).isEqualTo(replacement.getId());
        assertThat(moved.getStatus()).isEqualTo(PlanStatus.DRAFTING);
        assertThat(firstLegalBasis(moved.getId())).startsWith("Căn cứ Kế hoạch số 08/KH-UBND");
        assertThat(demands.findById(kept.getId()).orElseThrow().getStatus()).isEqualTo(DemandStatus.TRANSFERRED);
        assertThat(demand(plans.get(replacement.getId()), CascadeFixture.commune(3)).getChildPlanId())
                .isEqualTo(keptDraft.getId());
        assertThat(demands.findById(dropped.getId()).orElseThrow().getStatus()).isEqualTo(DemandStatus.CANCELLED);
        Plan cancelled = plans.get(dropped.getChildPlanId());
        assertThat(cancelled.getStatus()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cancelled.getProcessInstanceId()).count()).isZero();

        // both units are told, each with what happened to its own draft
        for (ChildPlanDemand d : List.of(kept, dropped)) {
            Task told = tasks.createTaskQuery().processInstanceId(d.getProcessInstanceId()).singleResult();
            assertThat(told.getTaskDefinitionKey()).isEqualTo("Task_NoteParentRecalled");
            assertThat(String.valueOf(forms.getTaskFormVariables(told.getId()).get("demandMarkdown")))
                    .contains(d == kept ? "được giữ nguyên" : "đã được hủy");
        }
        CascadeView view = views.of(plans.get(replacement.getId()), "");
        assertThat(view.total()).isEqualTo(1);
        assertThat(view.children().get(0).status()).isEqualTo("DRAFTING");
    }

    @Test
    void aDistrictMayNotDemandAPlanOfACommuneTheProvinceHasAlreadyAsked() {
        Plan province = issued(CascadeFixture.plan("Chuyển đổi số năm 2026", LocalDate.now().plusDays(20),
                List.of(CascadeFixture.DISTRICT, CascadeFixture.DISTRICT_COMMUNE)));
        runJobs();
        Plan district = plans.get(demand(province, CascadeFixture.DISTRICT).getChildPlanId());
        assertThat(district.getDraftingUnitId()).isEqualTo(CascadeFixture.DISTRICT);
        PlanContent content = tx.execute(s -> PlanContents.of(plans.get(district.getId())));
        PlanContent demanding = new PlanContent(content.title(), content.periodLabel(), null, null,
                content.issuingUnitId(), null, content.legalBases(), content.purposes(), null, null, null, null, null,
                null, content.implementation(), null, List.of(), List.of(new PlanContent.RecipientItem(
                CascadeFixture.DISTRICT_COMMUNE, null, vn.planflow.plan.RecipientPurpose.ACTION, true,
                LocalDate.now().plusDays(10))), List.of(), null);
        tx.executeWithoutResult(s -> plans.update(district.getId(), demanding, CascadeFixture.DISTRICT_DRAFTER));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> plans.checkChildDemands(district.getId(), LocalDate.now())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã được yêu cầu xây dựng kế hoạch");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> plans.claimDraft(district.getId(), "x001.drafter")))
                .isInstanceOf(vn.planflow.support.ForbiddenException.class).hasMessageContaining("Ủy ban nhân dân huyện Một");
    }

    // ------------------------------------------------------------------ helpers

    /** Creates and numbers a plan as the records clerk's steps would, then lets the follow-ups start. */
    private Plan issued(PlanContent content) {
        Plan plan = tx.execute(s -> plans.create(content, CascadeFixture.DRAFTER));
        int number = (int) (plan.getId() % 90) + 1;
        issue(plan, number, String.format("%02d/KH-UBND", number));
        return plans.get(plan.getId());
    }

    private void issue(Plan plan, int number, String code) {
        tx.executeWithoutResult(s -> {
            plans.issue(plan.getId(), number, code, LocalDate.now(), 1);
            events.publishEvent(new PlanIssuedEvent(plan.getId()));
        });
    }

    private String firstLegalBasis(Long planId) {
        return tx.execute(s -> plans.get(planId).getLegalBases().get(0));
    }

    /** The user's reason inside whatever the engine wrapped it in. */
    private static DomainException refusal(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException d) {
                    return d;
                }
            }
            throw e;
        }
        throw new AssertionError("the call was not refused");
    }

    private ChildPlanDemand demand(Plan parent, String unitId) {
        return demands.findByParentPlanIdAndUnitId(parent.getId(), unitId).orElseThrow();
    }

    private Job timer(ChildPlanDemand demand, String activityId) {
        return management.createJobQuery().processInstanceId(demand.getProcessInstanceId()).timers()
                .activityId(activityId).singleResult();
    }

    /** Every job that is due, round after round, the way the job executor would; failures stay failed jobs. */
    private void runJobs() {
        for (int round = 0; round < 5; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // a failing job keeps its exception and fewer retries, as in production
                }
            }
        }
    }
}
