package vn.planflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.planflow.process.ProcessTestSupport.CallLog;
import vn.planflow.process.ProcessTestSupport.Groups;
import vn.planflow.process.ProcessTestSupport.RecordingDelegate;
import vn.planflow.process.ProcessTestSupport.RecordingTaskListener;

@Deployment(resources = {"processes/IncomingDocument.bpmn", "forms/form_RegisterIncoming.form"})
public class IncomingDocumentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml")
            .build();

    private static final Date MONDAY_MORNING = Date.from(Instant.parse("2026-02-09T01:30:00Z"));

    private CallLog log;
    private Date acknowledgeDue;

    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(MONDAY_MORNING);
        acknowledgeDue = ProcessTestSupport.daysFromNow(1);
        log = new CallLog();
        Mocks.register("groups", new Groups());
        Mocks.register("incomingTaskListener", new RecordingTaskListener("incomingTaskListener", log));
        Mocks.register("remindRecipientDelegate", new RecordingDelegate("remindRecipientDelegate", log));
    }

    @AfterEach
    void resetClockAndBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aDocumentAcknowledgedOnTimeNeedsNoReminder() throws IOException {
        ProcessInstance receipt = receive();

        Task register = task("Task_RegisterIncoming", receipt);
        assertThat(register).isNotAssigned().hasCandidateGroup("xa-anphu.clerk").hasDueDate(acknowledgeDue);
        try (InputStream form = formService().getDeployedTaskForm(register.getId())) {
            Assertions.assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo("form_RegisterIncoming");
        }

        complete(register, withVariables("incomingNumber", "125", "handlerName", "Văn phòng HĐND-UBND xã",
                "receiptConfirmed", true));

        assertThat(receipt).isEnded().hasPassed("EndEvent_DocumentAcknowledged").hasNotPassed("Task_RemindRecipient");
        Assertions.assertThat(log.count("remindRecipientDelegate")).isZero();
        Assertions.assertThat(log.calls()).containsExactly(
                "incomingTaskListener:create:Task_RegisterIncoming",
                "incomingTaskListener:complete:Task_RegisterIncoming");
        Assertions.assertThat(jobQuery().processInstanceId(receipt.getId()).count()).isZero();
    }

    @Test
    void aLateRecipientIsRemindedAndCanStillAcknowledge() {
        ProcessInstance receipt = receive();
        Task register = task("Task_RegisterIncoming", receipt);

        Job late = jobQuery().processInstanceId(receipt.getId()).timers().singleResult();
        Assertions.assertThat(late.getDuedate()).isEqualTo(acknowledgeDue);

        ClockUtil.setCurrentTime(new Date(acknowledgeDue.getTime() + 60_000));
        execute(late);

        assertThat(receipt).isWaitingAt("Task_RegisterIncoming", "Task_RemindRecipient");
        execute(job("Task_RemindRecipient", receipt));

        Assertions.assertThat(log.count("remindRecipientDelegate")).isEqualTo(1);
        assertThat(receipt).isNotEnded().isWaitingAtExactly("Task_RegisterIncoming").hasPassed("EndEvent_ReminderSent");
        Assertions.assertThat(task("Task_RegisterIncoming", receipt).getId()).isEqualTo(register.getId());

        complete(register, withVariables("incomingNumber", "126", "handlerName", "Công chức Văn hóa - Xã hội",
                "receiptConfirmed", true));

        assertThat(receipt).isEnded().hasPassed("EndEvent_DocumentAcknowledged", "Task_RemindRecipient");
        Assertions.assertThat(log.calls()).containsExactly(
                "incomingTaskListener:create:Task_RegisterIncoming",
                "remindRecipientDelegate",
                "incomingTaskListener:complete:Task_RegisterIncoming");
    }

    private ProcessInstance receive() {
        ProcessInstance receipt = runtimeService().startProcessInstanceByKey("IncomingDocument", "1",
                withVariables("planId", 1L, "recipientUnitId", "xa-anphu", "distributionId", 7L,
                        "acknowledgeDue", acknowledgeDue));
        assertThat(receipt).isStarted().isWaitingAtExactly("Task_RegisterIncoming");
        Assertions.assertThat(List.of(receipt.getBusinessKey())).containsExactly("1");
        return receipt;
    }
}
