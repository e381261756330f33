package vn.planflow.obligation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.planflow.process.ProcessTestSupport.DueDates;
import vn.planflow.process.ProcessTestSupport.Groups;
import vn.planflow.process.ProcessTestSupport.RecordingDelegate;
import vn.planflow.process.ProcessTestSupport.RecordingTaskListener;

/**
 * ObligationTracking with the engine clock moved: the lead unit's task stays open through progress
 * updates, a reminder comes before the finish date, a late one is flagged and the issuing office
 * asked to chase, and closing ends every timer; a recall stops it.
 */
@Deployment(resources = {"processes/ObligationTracking.bpmn", "forms/form_UpdateObligation.form",
        "forms/form_ChaseObligation.form"})
class ObligationTrackingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    private static final Date MONDAY = Date.from(Instant.parse("2026-03-02T02:00:00Z"));
    private CallLog log;
    private Date reminderAt;
    private Date finishDue;

    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(MONDAY);
        reminderAt = ProcessTestSupport.daysFromNow(10);
        finishDue = ProcessTestSupport.daysFromNow(17);
        log = new CallLog();
        Mocks.register("groups", new Groups());
        Mocks.register("dueDates", new DueDates());
        Mocks.register("obligationTaskListener", new RecordingTaskListener("obligationTaskListener", log));
        for (String name : new String[] {"remindObligationDelegate", "markObligationOverdueDelegate",
                "cancelObligationDelegate"}) {
            Mocks.register(name, new RecordingDelegate(name, log));
        }
    }

    @AfterEach
    void resetClockAndBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aLateObligationIsRemindedFlaggedChasedByTheOfficeAndStillClosedByTheLeadUnit() {
        ProcessInstance tracking = start();
        Task update = task("Task_UpdateObligation", tracking);
        assertThat(update).hasCandidateGroup("na-stttt.drafter").hasCandidateGroup("na-stttt.head")
                .hasDueDate(finishDue);

        // A progress update keeps the obligation open: a fresh task for the next update.
        complete(update, withVariables("obligationClosed", false));
        Task next = task("Task_UpdateObligation", tracking);
        Assertions.assertThat(next.getId()).isNotEqualTo(update.getId());

        Job reminder = jobQuery().processInstanceId(tracking.getId()).timers().singleResult();
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(reminderAt);
        ClockUtil.setCurrentTime(reminderAt);
        execute(reminder);
        execute(jobQuery().processInstanceId(tracking.getId()).activityId("Task_RemindLead").singleResult());
        Assertions.assertThat(log.count("remindObligationDelegate")).isEqualTo(1);

        Job late = jobQuery().processInstanceId(tracking.getId()).timers().singleResult();
        Assertions.assertThat(late.getDuedate()).isEqualTo(finishDue);
        ClockUtil.setCurrentTime(new Date(finishDue.getTime() + 60_000));
        execute(late);
        execute(jobQuery().processInstanceId(tracking.getId()).activityId("Task_MarkOverdue").singleResult());
        Task chase = task("Task_ChaseObligation", tracking);
        assertThat(chase).hasCandidateGroup("na-vp.checker").hasCandidateGroup("na-vp.clerk")
                .hasDueDate(ProcessTestSupport.daysFromNow(2));
        complete(chase);
        assertThat(tracking).hasPassed("EndEvent_Chased").isWaitingAtExactly("Task_UpdateObligation");

        complete(task("Task_UpdateObligation", tracking), withVariables("obligationClosed", true));
        assertThat(tracking).isEnded().hasPassed("EndEvent_ObligationClosed");
        Assertions.assertThat(log.calls()).containsSubsequence("remindObligationDelegate",
                "markObligationOverdueDelegate", "obligationTaskListener:complete:Task_ChaseObligation");
    }

    @Test
    void closingBeforeTheReminderEndsTheTrackingAndItsTimers() {
        ProcessInstance tracking = start();
        complete(task("Task_UpdateObligation", tracking), withVariables("obligationClosed", true));

        assertThat(tracking).isEnded().hasPassed("EndEvent_ObligationClosed").hasNotPassed("Task_RemindLead");
        Assertions.assertThat(jobQuery().processInstanceId(tracking.getId()).count()).isZero();
        Assertions.assertThat(log.count("remindObligationDelegate")).isZero();
    }

    @Test
    void aRecalledPlanStopsTheTrackingEvenWhileTheOfficeIsChasing() {
        ProcessInstance tracking = start();
        ClockUtil.setCurrentTime(new Date(finishDue.getTime() + 60_000));
        execute(jobQuery().processInstanceId(tracking.getId()).timers().singleResult());
        execute(jobQuery().processInstanceId(tracking.getId()).activityId("Task_RemindLead").singleResult());
        execute(jobQuery().processInstanceId(tracking.getId()).timers().singleResult());
        execute(jobQuery().processInstanceId(tracking.getId()).activityId("Task_MarkOverdue").singleResult());
        assertThat(tracking).isWaitingAt("Task_UpdateObligation", "Task_ChaseObligation");

        runtimeService().createMessageCorrelation("Message_PlanRecalled").processInstanceBusinessKey("7")
                .correlateAllWithResult();
        execute(jobQuery().processInstanceId(tracking.getId()).activityId("Task_CancelObligation").singleResult());

        assertThat(tracking).isEnded().hasPassed("EndEvent_ObligationCancelled");
        Assertions.assertThat(taskQuery().processInstanceId(tracking.getId()).count()).isZero();
        Assertions.assertThat(log.count("cancelObligationDelegate")).isEqualTo(1);
    }

    private ProcessInstance start() {
        ProcessInstance tracking = runtimeService().startProcessInstanceByKey("ObligationTracking", "7",
                withVariables("planId", 7L, "obligationId", 3L, "leadUnitId", "na-stttt", "leadDeskId", "na-stttt",
                        "officeUnitId", "na-vp", "reminderAt", reminderAt, "finishDue", finishDue,
                        "obligationClosed", false));
        assertThat(tracking).isWaitingAt("Task_UpdateObligation", "Timer_ReminderDue");
        return tracking;
    }
}
