package vn.planflow.cascade;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.planflow.process.ProcessTestSupport;
import vn.planflow.process.ProcessTestSupport.CallLog;
import vn.planflow.process.ProcessTestSupport.FailingDelegate;
import vn.planflow.process.ProcessTestSupport.Groups;
import vn.planflow.process.ProcessTestSupport.RecordingTaskListener;

/**
 * The parent's side of one demanded child plan, with the engine clock moved instead of waiting:
 * issued in time, reminded, late and escalated (extended, then closed), recalled, on paper, and
 * a failing start that stays one unit's incident.
 */
@Deployment(resources = {
        "processes/ChildPlanTracking.bpmn",
        "forms/form_ChildPlanReminder.form",
        "forms/form_EscalateChildPlan.form",
        "forms/form_RecordPaperChildPlan.form",
        "forms/form_ParentPlanRecalled.form"})
class ChildPlanTrackingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml")
            .build();

    private static final Date MONDAY_MORNING = Date.from(Instant.parse("2026-02-02T01:00:00Z"));
    private static final String PARENT_PLAN = "7";
    private static final String PARENT_OFFICE = "na-vp";
    private static final String CHILD_UNIT = "na-dh";
    private static final String CHILD_DRAFTING = "na-dh-vhtt";
    private static final String CHILD_OFFICE = "na-dh-vp";

    private CallLog log;
    private StartChild starter;

    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(MONDAY_MORNING);
        log = new CallLog();
        starter = new StartChild(log, "system");
        Mocks.register("groups", new Groups());
        Mocks.register("dueDates", new ProcessTestSupport.DueDates());
        Mocks.register("startChildPlanDelegate", starter);
        Mocks.register("cancelChildPlanDelegate", new CancelChild(log, true));
        Mocks.register("childPlanTaskListener", new RecordingTaskListener("childPlanTaskListener", log));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aChildIssuedBeforeItsDueDateEndsTheTrackingWithoutReminderOrEscalation() {
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        assertThat(tracking).isWaitingAtExactly("Task_StartChildPlan");
        execute(job("Task_StartChildPlan", tracking));

        assertThat(tracking).isWaitingAt("Timer_RemindDate", "Timer_DueDate");
        Assertions.assertThat(jobQuery().processInstanceId(tracking.getId()).timers().count()).isEqualTo(2);

        ProcessInstance other = startTracking(2L, days(10), days(7));
        execute(job("Task_StartChildPlan", other));
        correlateIssued(1L);

        assertThat(tracking).isEnded().hasPassed("EndEvent_ChildPlanIssued")
                .hasNotPassed("Task_NoteReminder", "Task_EscalateChildPlan");
        Assertions.assertThat(jobQuery().processInstanceId(tracking.getId()).count()).isZero();
        assertThat(other).isNotEnded().isWaitingAt("Timer_DueDate");
        Assertions.assertThat(log.count("startChildPlanDelegate")).isEqualTo(2);
    }

    @Test
    void theChildUnitIsRemindedBeforeTheDueDateAndTheReminderGoesAwayWhenItIssues() {
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));

        ClockUtil.setCurrentTime(days(7, 60_000));
        execute(timer(tracking, "Timer_RemindDate"));

        Task reminder = task("Task_NoteReminder", tracking);
        assertThat(reminder).hasCandidateGroup(CHILD_DRAFTING + ".drafter").hasCandidateGroup(CHILD_OFFICE + ".clerk")
                .hasDueDate(days(10));
        Assertions.assertThat(log.calls()).contains("childPlanTaskListener:create:Task_NoteReminder");
        assertThat(tracking).isWaitingAt("Task_NoteReminder", "Timer_DueDate");

        correlateIssued(1L);
        assertThat(tracking).isEnded().hasPassed("EndEvent_ChildPlanIssued").hasNotPassed("Task_EscalateChildPlan");
        Assertions.assertThat(taskQuery().processInstanceId(tracking.getId()).count()).isZero();
    }

    @Test
    void onTheDueDateTheParentsOfficeEscalatesExtendsAndFinallyClosesTheDemand() {
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));
        ClockUtil.setCurrentTime(days(7, 60_000));
        execute(timer(tracking, "Timer_RemindDate"));
        complete(task("Task_NoteReminder", tracking), withVariables("reminderRead", true));

        ClockUtil.setCurrentTime(days(10, 60_000));
        execute(timer(tracking, "Timer_DueDate"));
        Task escalation = task("Task_EscalateChildPlan", tracking);
        assertThat(escalation).hasCandidateGroup(PARENT_OFFICE + ".checker").isNotAssigned()
                .hasDueDate(ProcessTestSupport.daysFromNow(2));

        // the listener of the application writes the new timers; here the test does
        Date newDue = days(15);
        complete(escalation, withVariables("escalationDecision", "extend", "followAgain", true,
                "dueAt", newDue, "remindAt", days(14), "remindEnabled", false));

        assertThat(tracking).isWaitingAt("Timer_DueDate").hasPassed("EndEvent_DueExtended");
        Assertions.assertThat(timer(tracking, "Timer_DueDate").getDuedate()).isEqualTo(newDue);
        Assertions.assertThat(taskQuery().processInstanceId(tracking.getId()).count()).isZero();

        ClockUtil.setCurrentTime(days(15, 60_000));
        execute(timer(tracking, "Timer_DueDate"));
        complete(task("Task_EscalateChildPlan", tracking), withVariables("escalationDecision", "close",
                "followAgain", false));

        assertThat(tracking).isEnded().hasPassed("EndEvent_TrackingStopped", "EndEvent_TrackingClosed")
                .hasNotPassed("EndEvent_ChildPlanIssued");
        Assertions.assertThat(log.count("childPlanTaskListener:create:Task_EscalateChildPlan")).isEqualTo(2);
    }

    @Test
    void aRecalledParentCancelsTheChildDraftAndTellsTheChildUnit() {
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));
        ClockUtil.setCurrentTime(days(7, 60_000));
        execute(timer(tracking, "Timer_RemindDate"));

        runtimeService().createMessageCorrelation("Message_PlanRecalled").processInstanceBusinessKey(PARENT_PLAN)
                .correlateAll();

        assertThat(tracking).isWaitingAtExactly("Task_CancelChildPlan");
        Assertions.assertThat(taskQuery().processInstanceId(tracking.getId()).count()).isZero();
        Assertions.assertThat(jobQuery().processInstanceId(tracking.getId()).timers().count()).isZero();
        execute(job("Task_CancelChildPlan", tracking));

        Task note = task("Task_NoteParentRecalled", tracking);
        assertThat(note).hasCandidateGroup(CHILD_DRAFTING + ".drafter").hasCandidateGroup(CHILD_OFFICE + ".clerk");
        complete(note, withVariables("recallRead", true));
        assertThat(tracking).isEnded().hasPassed("EndEvent_RecallNoted").hasNotPassed("EndEvent_ChildPlanIssued");
        Assertions.assertThat(log.calls()).contains("cancelChildPlanDelegate");
    }

    @Test
    void aRecallBeforeTheDraftExistedTellsNobody() {
        Mocks.register("cancelChildPlanDelegate", new CancelChild(log, false));
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));
        runtimeService().createMessageCorrelation("Message_PlanRecalled").processInstanceBusinessKey(PARENT_PLAN)
                .correlateAll();
        execute(job("Task_CancelChildPlan", tracking));
        assertThat(tracking).isEnded().hasPassed("EndEvent_RecallWithoutDraft").hasNotPassed("Task_NoteParentRecalled");
    }

    @Test
    void aUnitOutsideTheSystemIsFollowedOnPaperByTheParentsClerk() {
        Mocks.register("startChildPlanDelegate", new StartChild(log, "paper"));
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));

        assertThat(tracking).isWaitingAt("Task_RecordPaperChildPlan", "Timer_DueDate").isNotWaitingAt("Timer_RemindDate");
        Task paper = task("Task_RecordPaperChildPlan", tracking);
        assertThat(paper).hasCandidateGroup(PARENT_OFFICE + ".clerk").hasDueDate(days(10));
        complete(paper, withVariables("followAgain", false));
        assertThat(tracking).isEnded().hasPassed("EndEvent_PaperRecorded", "EndEvent_TrackingClosed");
        Assertions.assertThat(jobQuery().processInstanceId(tracking.getId()).count()).isZero();
    }

    @Test
    void aDemandCancelledBeforeItsStartIsNotFollowed() {
        Mocks.register("startChildPlanDelegate", new StartChild(log, "none"));
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));
        assertThat(tracking).isEnded().hasPassed("EndEvent_NotTracked").hasNotPassed("SubProcess_FollowChildPlan");
    }

    @Test
    void aFailingStartIsAnIncidentOfThatUnitAloneAndTheOthersGoOn() {
        ProcessInstance healthy = startTracking(1L, days(10), days(7));
        Mocks.register("startChildPlanDelegate", new FailingDelegate("startChildPlanDelegate", log));
        ProcessInstance broken = startTracking(2L, days(10), days(7));
        Job failing = job("Task_StartChildPlan", broken);
        for (int attempt = 0; attempt < 3; attempt++) {
            Assertions.assertThatThrownBy(() -> execute(failing)).hasMessageContaining("startChildPlanDelegate");
        }
        Mocks.register("startChildPlanDelegate", starter);
        execute(job("Task_StartChildPlan", healthy));

        List<Incident> incidents = runtimeService().createIncidentQuery().list();
        Assertions.assertThat(incidents).hasSize(1);
        Assertions.assertThat(incidents.get(0).getProcessInstanceId()).isEqualTo(broken.getId());
        Assertions.assertThat(incidents.get(0).getActivityId()).isEqualTo("Task_StartChildPlan");
        assertThat(healthy).isWaitingAt("Timer_DueDate");

        managementService().setJobRetries(failing.getId(), 1);
        execute(job("Task_StartChildPlan", broken));
        assertThat(broken).isWaitingAt("Timer_DueDate");
    }

    @Test
    void aMessageForAnotherDemandOfTheSamePlanLeavesThisOneWaiting() {
        ProcessInstance tracking = startTracking(1L, days(10), days(7));
        execute(job("Task_StartChildPlan", tracking));
        correlateIssued(99L);
        assertThat(tracking).isNotEnded().isWaitingAt("Timer_DueDate");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startTracking(long demandId, Date dueAt, Date remindAt) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("demandId", demandId);
        vars.put("planId", Long.valueOf(PARENT_PLAN));
        vars.put("childUnitId", CHILD_UNIT);
        vars.put("parentOfficeUnitId", PARENT_OFFICE);
        vars.put("dueAt", dueAt);
        vars.put("remindAt", remindAt);
        vars.put("remindEnabled", true);
        vars.put("followAgain", false);
        return runtimeService().startProcessInstanceByKey("ChildPlanTracking", PARENT_PLAN, vars);
    }

    private void correlateIssued(long demandId) {
        runtimeService().createMessageCorrelation("Message_ChildPlanIssued").processInstanceBusinessKey(PARENT_PLAN)
                .processInstanceVariableEquals("demandId", demandId).correlateAllWithResult();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
    }

    private static Date days(int days) {
        return new Date(MONDAY_MORNING.getTime() + days * 86_400_000L);
    }

    private static Date days(int days, long plusMillis) {
        return new Date(days(days).getTime() + plusMillis);
    }

    /** {@code ${startChildPlanDelegate}}: the routing variables the real one writes. */
    static class StartChild implements JavaDelegate {
        private final CallLog log;
        private final String mode;

        StartChild(CallLog log, String mode) {
            this.log = log;
            this.mode = mode;
        }

        @Override
        public void execute(DelegateExecution execution) {
            log.add("startChildPlanDelegate");
            execution.setVariable("trackingMode", mode);
            execution.setVariable("childDraftingUnitId", CHILD_DRAFTING);
            execution.setVariable("childOfficeUnitId", CHILD_OFFICE);
        }
    }

    /** {@code ${cancelChildPlanDelegate}}: whether the child unit had a draft to be told about. */
    static class CancelChild implements JavaDelegate {
        private final CallLog log;
        private final boolean childStarted;

        CancelChild(CallLog log, boolean childStarted) {
            this.log = log;
            this.childStarted = childStarted;
        }

        @Override
        public void execute(DelegateExecution execution) {
            log.add("cancelChildPlanDelegate");
            execution.setVariable("childStarted", childStarted);
        }
    }
}
