package vn.planflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.planflow.process.ProcessTestSupport.CallLog;
import vn.planflow.process.ProcessTestSupport.DueDates;
import vn.planflow.process.ProcessTestSupport.FailingDelegate;
import vn.planflow.process.ProcessTestSupport.Groups;
import vn.planflow.process.ProcessTestSupport.PlanDraftStarter;
import vn.planflow.process.ProcessTestSupport.RecordingDelegate;
import vn.planflow.process.ProcessTestSupport.RecordingTaskListener;

@Deployment(resources = {
        "processes/PlanIssuance.bpmn",
        "forms/form_StartPlan.form",
        "forms/form_WriteDraft.form",
        "forms/form_ReviewDraft.form",
        "forms/form_GiveComments.form",
        "forms/form_SynthesiseComments.form",
        "forms/form_ReviseDraft.form",
        "forms/form_CheckForm.form",
        "forms/form_DecideOnPlan.form",
        "forms/form_IssuePlan.form"})
public class PlanIssuanceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml")
            .build();

    private static final Date MONDAY_MORNING = Date.from(Instant.parse("2026-02-02T01:00:00Z"));
    private static final String PLAN_ID = "1";
    private static final List<String> ISSUANCE_DELEGATES =
            List.of("numberAndRegisterDelegate", "renderPlanDocumentDelegate", "distributePlanDelegate",
                    "startFollowUpsDelegate");

    private final ObjectMapper json = new ObjectMapper();
    private CallLog log;
    private PlanDraftStarter starter;

    @BeforeEach
    void registerBeans() {
        ProcessEngine engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(MONDAY_MORNING);
        log = new CallLog();
        starter = new PlanDraftStarter(log);
        Mocks.register("groups", new Groups());
        Mocks.register("dueDates", new DueDates());
        Mocks.register("planDraftStarter", starter);
        Mocks.register("planTaskListener", new RecordingTaskListener("planTaskListener", log));
        for (String name : List.of("recordSilentAgreementDelegate", "markPlanRejectedDelegate",
                "numberAndRegisterDelegate", "renderPlanDocumentDelegate", "distributePlanDelegate",
                "startFollowUpsDelegate")) {
            Mocks.register(name, new RecordingDelegate(name, log));
        }
    }

    @AfterEach
    void resetClockAndBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    void aPlanGoesStraightThroughConsultationRevisionCheckSigningAndIssuance() {
        ProcessInstance plan = startPlan();
        Assertions.assertThat(runtimeService().getVariable(plan.getId(), "initiator")).isEqualTo("drafter1");
        Assertions.assertThat(log.calls()).contains("planDraftStarter:end");

        writeDraft(plan);
        headDecides(plan, "approve");

        List<Task> consultations = consultationTasks(plan);
        Assertions.assertThat(consultations).hasSize(2);
        for (Task consultation : consultations) {
            complete(consultation, withVariables("consultationAnswer", "comment",
                    "commentText", "Đề nghị bổ sung chỉ tiêu cụ thể"));
        }

        Task synthesis = userTaskAt(plan, "Task_SynthesiseComments", "form_SynthesiseComments");
        assertThat(synthesis).isAssignedTo("drafter1");
        // the real task listener recomputes this once the comments are answered
        complete(synthesis, withVariables("consultationPending", false));

        reviseDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "pass");
        signerDecides(plan, "approve");
        clerkIssues(plan);

        runIssuanceJobs(plan);

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanIssued").hasNotPassed("Task_MarkRejected");
        Assertions.assertThat(log.calls()).filteredOn(call -> call.endsWith("Delegate"))
                .containsExactlyElementsOf(ISSUANCE_DELEGATES);
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(plan.getId()).singleResult().getBusinessKey()).isEqualTo(PLAN_ID);
    }

    @Test
    void theTaskListenerSeesEveryUserTaskBeingCreatedAndCompleted() {
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "pass");
        signerDecides(plan, "approve");
        clerkIssues(plan);

        List<String> listenerCalls = log.calls().stream()
                .filter(call -> call.startsWith("planTaskListener:")).collect(Collectors.toList());
        Assertions.assertThat(listenerCalls).containsExactly(
                "planTaskListener:create:Task_WriteDraft", "planTaskListener:complete:Task_WriteDraft",
                "planTaskListener:create:Task_ReviewDraft", "planTaskListener:complete:Task_ReviewDraft",
                "planTaskListener:create:Task_CheckForm", "planTaskListener:complete:Task_CheckForm",
                "planTaskListener:create:Task_DecideOnPlan", "planTaskListener:complete:Task_DecideOnPlan",
                "planTaskListener:create:Task_IssuePlan", "planTaskListener:complete:Task_IssuePlan");
    }

    @Test
    void theHeadReturnsTheDraftForRevision() {
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "return");

        assertThat(plan).isWaitingAtExactly("Task_ReviseDraft");
        reviseDraft(plan);

        assertThat(plan).isWaitingAtExactly("Task_ReviewDraft");
        Assertions.assertThat(consultationTasks(plan)).isEmpty();
    }

    @Test
    void theOfficeReturnsTheDraftForRevision() {
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "return");

        assertThat(plan).isWaitingAtExactly("Task_ReviseDraft");
        reviseDraft(plan);
        assertThat(plan).isWaitingAtExactly("Task_ReviewDraft");

        headDecides(plan, "approve");
        assertThat(plan).isWaitingAtExactly("Task_CheckForm");
    }

    @Test
    void theSignerReturnsTheDraftForRevision() {
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "pass");
        signerDecides(plan, "return");

        assertThat(plan).isWaitingAtExactly("Task_ReviseDraft");
        reviseDraft(plan);
        assertThat(plan).isWaitingAtExactly("Task_ReviewDraft").hasNotPassed("Task_IssuePlan");
    }

    @Test
    void theSignerRejectsThePlan() {
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "pass");
        signerDecides(plan, "reject");

        assertThat(plan).isWaitingAtExactly("Task_MarkRejected");
        Assertions.assertThat(log.count("markPlanRejectedDelegate")).isZero();
        execute(job("Task_MarkRejected", plan));

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanRejected").hasNotPassed("Task_IssuePlan");
        Assertions.assertThat(log.count("markPlanRejectedDelegate")).isEqualTo(1);
        Assertions.assertThat(log.calls()).doesNotContainAnyElementsOf(ISSUANCE_DELEGATES);
    }

    @Test
    void aUnitThatStaysSilentUntilTheDeadlineIsCountedAsAgreeing() {
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");

        Job deadline = jobQuery().processInstanceId(plan.getId()).timers().singleResult();
        Assertions.assertThat(deadline).isNotNull();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(starter.consultationDue());

        Task finance = consultationTask(plan, "dh-tc.drafter");
        complete(finance, withVariables("consultationAnswer", "comment", "commentText", "Cần nêu rõ nguồn kinh phí"));
        Task education = consultationTask(plan, "dh-gd.drafter");

        ClockUtil.setCurrentTime(new Date(starter.consultationDue().getTime() + 60_000));
        execute(deadline);

        assertThat(plan).isWaitingAtExactly("Task_RecordSilentAgreement");
        Assertions.assertThat(taskQuery().taskId(education.getId()).count()).isZero();
        Assertions.assertThat(consultationTasks(plan)).isEmpty();

        execute(job("Task_RecordSilentAgreement", plan));

        Assertions.assertThat(log.count("recordSilentAgreementDelegate")).isEqualTo(1);
        assertThat(plan).isWaitingAtExactly("Task_SynthesiseComments")
                .hasPassed("BoundaryEvent_ConsultationDeadlinePassed");
        userTaskAt(plan, "Task_SynthesiseComments", "form_SynthesiseComments");
    }

    @Test
    void withoutConsultationTheDraftGoesStraightToTheOffice() {
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");

        assertThat(plan).isWaitingAtExactly("Task_CheckForm").hasNotPassed("Task_GiveComments");
        Assertions.assertThat(jobQuery().processInstanceId(plan.getId()).count()).isZero();
    }

    @Test
    void everyTaskGoesToTheContractedPeopleAndHasADueDate() {
        ProcessInstance plan = startPlan();

        Task write = userTaskAt(plan, "Task_WriteDraft", "form_WriteDraft");
        assertThat(write).isAssignedTo("drafter1").hasDueDate(ProcessTestSupport.daysFromNow(5));
        Assertions.assertThat(candidateGroups(write)).containsExactly("dh-vhtt.drafter");
        complete(write);

        Task review = userTaskAt(plan, "Task_ReviewDraft", "form_ReviewDraft");
        assertThat(review).isNotAssigned().hasCandidateGroup("dh-vhtt.head").hasDueDate(ProcessTestSupport.daysFromNow(2));
        complete(review, withVariables("headDecision", "approve"));

        for (Task consultation : consultationTasks(plan)) {
            assertThat(consultation).isNotAssigned().hasDueDate(starter.consultationDue());
            assertFormDeployed(consultation, "form_GiveComments");
        }
        assertThat(consultationTask(plan, "dh-tc.drafter")).hasCandidateGroup("dh-tc.drafter");
        assertThat(consultationTask(plan, "dh-gd.drafter")).hasCandidateGroup("dh-gd.drafter");
        consultationTasks(plan).forEach(t -> complete(t, withVariables("consultationAnswer", "agree")));

        Task synthesis = userTaskAt(plan, "Task_SynthesiseComments", "form_SynthesiseComments");
        assertThat(synthesis).isAssignedTo("drafter1").hasDueDate(ProcessTestSupport.daysFromNow(2));
        Assertions.assertThat(candidateGroups(synthesis)).containsExactly("dh-vhtt.drafter");
        complete(synthesis, withVariables("consultationPending", false));

        Task revise = userTaskAt(plan, "Task_ReviseDraft", "form_ReviseDraft");
        assertThat(revise).isAssignedTo("drafter1").hasDueDate(ProcessTestSupport.daysFromNow(3));
        Assertions.assertThat(candidateGroups(revise)).containsExactly("dh-vhtt.drafter");
        complete(revise);
        complete(task("Task_ReviewDraft", plan), withVariables("headDecision", "approve"));

        Task check = userTaskAt(plan, "Task_CheckForm", "form_CheckForm");
        assertThat(check).isNotAssigned().hasCandidateGroup("dh-vp.checker").hasDueDate(ProcessTestSupport.daysFromNow(2));
        complete(check, withVariables("formCheckDecision", "pass"));

        Task decide = userTaskAt(plan, "Task_DecideOnPlan", "form_DecideOnPlan");
        assertThat(decide).isAssignedTo("vc1").hasDueDate(ProcessTestSupport.daysFromNow(3));
        complete(decide, withVariables("signerDecision", "approve"));

        Task issue = userTaskAt(plan, "Task_IssuePlan", "form_IssuePlan");
        assertThat(issue).isNotAssigned().hasCandidateGroup("dh-vp.clerk").hasDueDate(ProcessTestSupport.daysFromNow(1));
    }

    @Test
    void aChildPlanWithoutDrafterWaitsForAnyDrafterOfItsUnitAndThenStaysWithHim() {
        starter.withoutDrafter().withoutConsultation();
        ProcessInstance plan = runtimeService().startProcessInstanceByKey("PlanIssuance", PLAN_ID);

        Task write = userTaskAt(plan, "Task_WriteDraft", "form_WriteDraft");
        assertThat(write).isNotAssigned().hasCandidateGroup("dh-vhtt.drafter");
        Assertions.assertThat(taskQuery().taskCandidateGroup("dh-tc.drafter").count()).isZero();

        // the real listener records whoever completes the step as the drafter (drafterId)
        complete(write, withVariables("drafterId", "drafter2"));
        headDecides(plan, "return");
        Task revise = userTaskAt(plan, "Task_ReviseDraft", "form_ReviseDraft");
        assertThat(revise).isAssignedTo("drafter2");
        Assertions.assertThat(candidateGroups(revise)).containsExactly("dh-vhtt.drafter");
    }

    @Test
    void theStartFormIsDeployedWithTheProcess() throws IOException {
        String definitionId = extension.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("PlanIssuance").latestVersion().singleResult().getId();
        try (InputStream form = formService().getDeployedStartForm(definitionId)) {
            Assertions.assertThat(json.readTree(form).path("id").asText()).isEqualTo("form_StartPlan");
        }
    }

    @Test
    void aFailingNumberingJobEndsInAnIncidentInsteadOfEndingTheProcess() {
        Mocks.register("numberAndRegisterDelegate", new FailingDelegate("numberAndRegisterDelegate", log));
        starter.withoutConsultation();
        ProcessInstance plan = startPlan();
        writeDraft(plan);
        headDecides(plan, "approve");
        officeDecides(plan, "pass");
        signerDecides(plan, "approve");
        clerkIssues(plan);

        Job numbering = job("Task_NumberAndRegister", plan);
        for (int expectedRetriesLeft = 2; expectedRetriesLeft >= 0; expectedRetriesLeft--) {
            Assertions.assertThatThrownBy(() -> execute(numbering))
                    .hasMessageContaining("cannot reach the outgoing register");
            Job afterFailure = managementService().createJobQuery().jobId(numbering.getId()).singleResult();
            Assertions.assertThat(afterFailure.getRetries()).isEqualTo(expectedRetriesLeft);
            Assertions.assertThat(afterFailure.getExceptionMessage()).contains("cannot reach the outgoing register");
        }

        Incident incident = runtimeService().createIncidentQuery().processInstanceId(plan.getId()).singleResult();
        Assertions.assertThat(incident).isNotNull();
        Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        Assertions.assertThat(incident.getActivityId()).isEqualTo("Task_NumberAndRegister");
        assertThat(plan).isNotEnded().isWaitingAtExactly("Task_NumberAndRegister");
        Assertions.assertThat(log.count("numberAndRegisterDelegate")).isEqualTo(3);
        Assertions.assertThat(log.count("renderPlanDocumentDelegate")).isZero();

        // once the cause is fixed, an operator gives the job its retries back and it goes on
        Mocks.register("numberAndRegisterDelegate", new RecordingDelegate("numberAndRegisterDelegate", log));
        managementService().setJobRetries(numbering.getId(), 1);
        runIssuanceJobs(plan);
        assertThat(plan).isEnded().hasPassed("EndEvent_PlanIssued");
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance startPlan() {
        identityService().setAuthenticatedUserId(PlanDraftStarter.DRAFTER);
        try {
            ProcessInstance plan = runtimeService().startProcessInstanceByKey("PlanIssuance", PLAN_ID);
            assertThat(plan).isStarted().isWaitingAtExactly("Task_WriteDraft");
            return plan;
        } finally {
            identityService().clearAuthentication();
        }
    }

    private void writeDraft(ProcessInstance plan) {
        Task write = userTaskAt(plan, "Task_WriteDraft", "form_WriteDraft");
        complete(write, withVariables("title", "Thông tin, tuyên truyền chuyển đổi số năm 2026"));
    }

    private void headDecides(ProcessInstance plan, String decision) {
        Task review = userTaskAt(plan, "Task_ReviewDraft", "form_ReviewDraft");
        assertThat(review).hasCandidateGroup("dh-vhtt.head");
        complete(review, withVariables("headDecision", decision, "headComment", "Ý kiến của trưởng phòng"));
    }

    private void reviseDraft(ProcessInstance plan) {
        Task revise = userTaskAt(plan, "Task_ReviseDraft", "form_ReviseDraft");
        assertThat(revise).isAssignedTo("drafter1");
        complete(revise, withVariables("consultationPending", false));
    }

    private void officeDecides(ProcessInstance plan, String decision) {
        Task check = userTaskAt(plan, "Task_CheckForm", "form_CheckForm");
        assertThat(check).hasCandidateGroup("dh-vp.checker");
        complete(check, withVariables("formCheckDecision", decision));
    }

    private void signerDecides(ProcessInstance plan, String decision) {
        Task decide = userTaskAt(plan, "Task_DecideOnPlan", "form_DecideOnPlan");
        assertThat(decide).isAssignedTo("vc1");
        complete(decide, withVariables("signerDecision", decision, "signerComment", "Ý kiến chỉ đạo"));
    }

    private void clerkIssues(ProcessInstance plan) {
        Task issue = userTaskAt(plan, "Task_IssuePlan", "form_IssuePlan");
        assertThat(issue).hasCandidateGroup("dh-vp.clerk");
        complete(issue, withVariables("copies", 3, "confirmIssue", true));
        assertThat(plan).isWaitingAtExactly("Task_NumberAndRegister");
    }

    /** The four asynchronous steps after issuing, run one by one in their order. */
    private void runIssuanceJobs(ProcessInstance plan) {
        for (String activity : List.of("Task_NumberAndRegister", "Task_RenderDocument", "Task_DistributePlan",
                "Task_StartFollowUps")) {
            assertThat(plan).isWaitingAtExactly(activity);
            execute(job(activity, plan));
        }
    }

    /** The single open user task with that key; checks it has a due date and its form is deployed. */
    private Task userTaskAt(ProcessInstance plan, String taskKey, String formId) {
        assertThat(plan).isWaitingAt(taskKey);
        Task task = task(taskKey, plan);
        Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
        Assertions.assertThat(task.getDueDate()).as("due date of %s", taskKey).isNotNull();
        assertFormDeployed(task, formId);
        return task;
    }

    /** Candidate groups also of an assigned task (Camunda Assert's hasCandidateGroup wants it unassigned). */
    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).collect(Collectors.toList());
    }

    private List<Task> consultationTasks(ProcessInstance plan) {
        return taskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Task_GiveComments").list();
    }

    private Task consultationTask(ProcessInstance plan, String candidateGroup) {
        return taskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Task_GiveComments")
                .taskCandidateGroup(candidateGroup).singleResult();
    }

    private void assertFormDeployed(Task task, String formId) {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            Map<?, ?> schema = json.readValue(form, Map.class);
            Assertions.assertThat(schema.get("id")).as("form of %s", task.getTaskDefinitionKey()).isEqualTo(formId);
        } catch (IOException e) {
            throw new AssertionError("form of " + task.getTaskDefinitionKey() + " is not readable", e);
        }
    }
}
