package vn.planflow.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import vn.planflow.process.ProcessTestSupport.Groups;
import vn.planflow.process.ProcessTestSupport.RecordingTaskListener;

/**
 * ReportingRegime and ReportingRound with the engine clock moved through 2026: quarterly rounds
 * opening on their cut-off days, communes reporting to the district and the district's summary
 * reaching the province, one commune late in one round, one ad hoc request, and the loop ending
 * with the plan's period. Also: a timer missed while the application was down, and a recall.
 */
@Deployment(resources = {"processes/ReportingRegime.bpmn", "processes/ReportingRound.bpmn",
        "forms/form_SubmitReport.form", "forms/form_ReviewSummary.form", "forms/form_ApproveSummary.form"})
class ReportingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    private static final Date NEW_YEAR = Date.from(Instant.parse("2026-01-05T02:00:00Z"));
    private ReportingStubs stubs;

    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(NEW_YEAR);
        stubs = new ReportingStubs(runtimeService(), EnumSet.of(PeriodKind.QUARTER), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 31));
        Mocks.register("groups", new Groups());
        Mocks.register("planNextRoundDelegate", stubs.planNext());
        Mocks.register("openRoundDelegate", stubs.openRound());
        Mocks.register("finishRegimeDelegate", stubs.recording("finishRegime"));
        Mocks.register("reportTaskListener", new RecordingTaskListener("reportTaskListener", stubs.log));
        Mocks.register("remindReporterDelegate", stubs.remind());
        Mocks.register("closeRoundDelegate", stubs.close());
        Mocks.register("sendSummaryDelegate", stubs.send());
        Mocks.register("cancelRoundDelegate", stubs.recording("cancelRound"));
    }

    @AfterEach
    void resetClockAndBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aYearOfQuarterlyRoundsWithOneLateCommuneAndAnAdHocRequestEndsWithThePlanPeriod() {
        ProcessInstance regime = startRegime();
        List<String> opens = List.of("2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14");
        for (int q = 1; q <= 4; q++) {
            Job opening = jobQuery().processInstanceId(regime.getId()).timers().singleResult();
            // Each round opens on its cut-off day at 07:00 in Vietnam.
            Assertions.assertThat(opening.getDuedate()).isEqualTo(at(opens.get(q - 1), "00:00"));
            ClockUtil.setCurrentTime(opening.getDuedate());
            execute(opening);
            runJob(regime.getId(), "Task_OpenRound");
            runJob(regime.getId(), "Task_PlanNextRound");
            String key = "2026-Q" + q;
            if (q == 2) {
                lateCommuneRound(key);
            } else {
                onTimeRound(key);
            }
            if (q == 2) {
                adHocRequestInJuly();
            }
        }
        runJob(regime.getId(), "Task_EndRegime");

        assertThat(regime).isEnded().hasPassed("EndEvent_RegimeEnded");
        Assertions.assertThat(stubs.opened).containsExactly("2026-Q1", "2026-Q2", "AD-HOC-1", "2026-Q3", "2026-Q4");
        Assertions.assertThat(stubs.log.calls()).contains("planNext:none", "finishRegime:null");
        // Every summary reached the province: five rounds, two levels each.
        Assertions.assertThat(stubs.log.count("send:na-dh")).isEqualTo(5);
        Assertions.assertThat(stubs.log.count("send:na")).isEqualTo(5);
        Assertions.assertThat(stubs.log.count("close:na-dh")).isEqualTo(5);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aTimerMissedWhileTheApplicationWasDownFiresOnRestartAndNoPeriodIsSkipped() {
        ProcessInstance regime = startRegime();
        Job opening = jobQuery().processInstanceId(regime.getId()).timers().singleResult();
        Assertions.assertThat(opening.getDuedate()).isEqualTo(at("2026-03-14", "00:00"));

        // Down from March to Monday 4 May: the job is due, so the job executor takes it on restart.
        ClockUtil.setCurrentTime(at("2026-05-04", "02:00"));
        Assertions.assertThat(jobQuery().processInstanceId(regime.getId()).executable().timers().count()).isEqualTo(1);
        execute(opening);
        runJob(regime.getId(), "Task_OpenRound");
        runJob(regime.getId(), "Task_PlanNextRound");

        Assertions.assertThat(stubs.opened).containsExactly("2026-Q1");
        Job next = jobQuery().processInstanceId(regime.getId()).timers().singleResult();
        Assertions.assertThat(next.getDuedate()).isEqualTo(at("2026-06-14", "00:00"));
        // The late round still leaves the communes a working day: due Tuesday 5 May, 17:00.
        Task hoaBinh = submitTask(stubs.districtRound.get("2026-Q1"), "na-dh-hb");
        Assertions.assertThat(hoaBinh.getDueDate()).isEqualTo(at("2026-05-05", "10:00"));
    }

    @Test
    void recallingThePlanStopsTheLoopAndTheOpenRounds() {
        ProcessInstance regime = startRegime();
        Job opening = jobQuery().processInstanceId(regime.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(opening.getDuedate());
        execute(opening);
        runJob(regime.getId(), "Task_OpenRound");
        runJob(regime.getId(), "Task_PlanNextRound");
        String district = stubs.districtRound.get("2026-Q1");
        complete(submitTask(district, "na-dh-hb"));

        int stopped = runtimeService().createMessageCorrelation(RoundProcesses.PLAN_RECALLED)
                .processInstanceBusinessKey("7").correlateAllWithResult().size();
        Assertions.assertThat(stopped).isEqualTo(3);
        runJob(regime.getId(), "Task_CancelRegime");
        runJob(district, "Task_CancelRound");
        runJob(stubs.provinceRound.get("2026-Q1"), "Task_CancelRound");

        assertThat(regime).isEnded().hasPassed("EndEvent_RegimeCancelled").hasNotPassed("EndEvent_RegimeEnded");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(stubs.log.calls()).contains("finishRegime:null", "cancelRound:na-dh", "cancelRound:na");
    }

    @Test
    void twoCommunesSubmittingAtTheSameMomentAreBothCounted() throws Exception {
        ProcessInstance regime = startRegime();
        Job opening = jobQuery().processInstanceId(regime.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(opening.getDuedate());
        execute(opening);
        runJob(regime.getId(), "Task_OpenRound");
        String district = stubs.districtRound.get("2026-Q1");
        List<Task> tasks = ReportingStubs.COMMUNES.stream().map(c -> submitTask(district, c)).toList();
        // both completions have read the round before either writes: the moment two clerks press "Nộp" together
        CyclicBarrier together = new CyclicBarrier(2);
        Mocks.register("reportTaskListener", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                await(together);
            }
        });
        Map<String, Object> beans = Mocks.getMocks();
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = tasks.stream().map(t -> clerks.submit(() -> {
                beans.forEach(Mocks::register); // the beans are registered per thread
                taskService().complete(t.getId());
            })).collect(java.util.stream.Collectors.toList());
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS); // neither was refused as a concurrent change
            }
        } finally {
            clerks.shutdownNow();
        }
        Assertions.assertThat(jobQuery().processInstanceId(district).activityId("Task_SubmitReport").count()).isEqualTo(2);
        jobQuery().processInstanceId(district).activityId("Task_SubmitReport").list().forEach(BpmnAwareTests::execute);
        // both counted: everything is in before the due date, so the round closes at once
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(district).singleResult())
                .isWaitingAt("Task_CloseRound");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other submission did not arrive", e);
        }
    }

    private ProcessInstance startRegime() {
        ProcessInstance regime = runtimeService().startProcessInstanceByKey(RoundProcesses.REGIME_PROCESS, "7",
                withVariables("planId", 7L, "regimeId", 1L));
        runJob(regime.getId(), "Task_PlanNextRound");
        assertThat(regime).isWaitingAt("Timer_RoundOpens");
        return regime;
    }

    /** Both communes report on time; each level closes at once, its leader approves, the summary goes up. */
    private void onTimeRound(String key) {
        String district = stubs.districtRound.get(key);
        String province = stubs.provinceRound.get(key);
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(province).singleResult())
                .isWaitingAt("Receive_SummaryFromBelow");
        for (String commune : ReportingStubs.COMMUNES) {
            submit(district, commune);
        }
        approveLevel(district);
        approveLevel(province);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceIds(
                java.util.Set.of(district, province)).count()).isZero();
    }

    /** An Phú misses the due date: reminded first, the round closes without it, its late report still arrives. */
    private void lateCommuneRound(String key) {
        String district = stubs.districtRound.get(key);
        Task hoaBinh = submitTask(district, "na-dh-hb");
        // Q2: communes due Friday 19/06 at 17:00, reminded two working days before, at 08:00.
        Assertions.assertThat(hoaBinh.getDueDate()).isEqualTo(at("2026-06-19", "10:00"));
        complete(hoaBinh);
        runJob(district, "Task_SubmitReport");
        List<Job> reminders = jobQuery().processInstanceId(district).activityId("BoundaryEvent_ReportReminder").list();
        Assertions.assertThat(reminders).hasSize(1);
        Assertions.assertThat(reminders.get(0).getDuedate()).isEqualTo(at("2026-06-17", "01:00"));
        ClockUtil.setCurrentTime(reminders.get(0).getDuedate());
        execute(reminders.get(0));
        runJob(district, "Task_RemindReporter");
        Assertions.assertThat(stubs.log.calls()).contains("remind:na-dh-ap").doesNotContain("remind:na-dh-hb");

        Job due = jobQuery().processInstanceId(district).activityId("BoundaryEvent_RoundDue").singleResult();
        ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
        execute(due);
        runJob(district, "Task_CloseRound");
        ProcessInstance round = runtimeService().createProcessInstanceQuery().processInstanceId(district).singleResult();
        // Closed and in review, but An Phú's task is still there to receive its late report.
        assertThat(round).isWaitingAt("Task_ReviewSummary", "Task_SubmitReport");
        complete(task(district, "Task_ReviewSummary"));
        complete(task(district, "Task_ApproveSummary"), withVariables("summaryDecision", "return"));
        assertThat(round).isWaitingAt("Task_ReviewSummary");
        reviewApproveAndSend(district);
        approveLevel(stubs.provinceRound.get(key));

        submit(district, "na-dh-ap");
        assertThat(round).isEnded().hasPassed("EndEvent_LateReportsIn", "EndEvent_SummarySent");
        // Closed once: the late report did not open a second review.
        Assertions.assertThat(stubs.log.count("close:na-dh")).isEqualTo(2);
    }

    private void adHocRequestInJuly() {
        ClockUtil.setCurrentTime(at("2026-07-06", "02:00"));
        ReportingPeriod request = new ReportingPeriod(PeriodKind.AD_HOC, "AD-HOC-1", "đột xuất",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 24));
        List<LocalDate> dues = stubs.open(request, LocalDate.of(2026, 7, 6));
        Assertions.assertThat(dues).containsExactly(LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 22),
                LocalDate.of(2026, 7, 20));
        onTimeRound("AD-HOC-1");
    }

    private void approveLevel(String round) {
        runJob(round, "Task_CloseRound");
        reviewApproveAndSend(round);
    }

    private void reviewApproveAndSend(String round) {
        complete(task(round, "Task_ReviewSummary"));
        complete(task(round, "Task_ApproveSummary"), withVariables("summaryDecision", "approve"));
        runJob(round, "Task_SendSummary");
        // the level above counts the summary in a job of its own, so that levels sending at once do not collide
        jobQuery().activityId("Receive_SummaryFromBelow").list().forEach(BpmnAwareTests::execute);
    }

    /** A commune submits; its round counts the report in a job of its own (asynchronous after the task). */
    private static void submit(String round, String commune) {
        complete(submitTask(round, commune));
        runJob(round, "Task_SubmitReport");
    }

    private static Task submitTask(String round, String commune) {
        return taskQuery().processInstanceId(round).taskDefinitionKey("Task_SubmitReport")
                .taskCandidateGroup(commune + ".clerk").singleResult();
    }

    private static Task task(String round, String key) {
        return taskQuery().processInstanceId(round).taskDefinitionKey(key).singleResult();
    }

    private static void runJob(String processInstanceId, String activityId) {
        Job job = jobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        Assertions.assertThat(job).as("job at " + activityId).isNotNull();
        execute(job);
    }

    private static Date at(String day, String utcTime) {
        return Date.from(Instant.parse(day + "T" + utcTime + ":00Z"));
    }

}
