package vn.planflow.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.planflow.document.DocumentRenderer;
import vn.planflow.plan.PlanService;
import vn.planflow.web.PlanDriver;

/**
 * When the DOCX cannot be made, the step becomes an incident an administrator sees and retries;
 * the number given before the failure stays the plan's, and the next plan gets the next one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:issuancefailure;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/issuancefailure"})
class IssuanceFailureTest {
    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PlanService plans;
    @Autowired
    OutgoingRegisterService register;
    @MockitoSpyBean
    DocumentRenderer renderer;

    @Test
    void failedRenderingIsAnIncidentAndRetryKeepsTheNumber() {
        PlanDriver driver = new PlanDriver(port);
        long first = driver.throughSigning();
        String instance = plans.get(first).getProcessInstanceId();
        runJob(instance, "Task_NumberAndRegister");
        int number = plans.get(first).getNumber();

        doThrow(new IllegalStateException("ổ đĩa đầy")).when(renderer).render(any());
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = jobAt(instance);
            management.setJobDuedate(job.getId(), null);
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("ổ đĩa đầy");
        }
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(instance).list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getActivityId()).isEqualTo("Task_RenderDocument");
        assertThat(incidents.get(0).getIncidentMessage()).contains("ổ đĩa đầy");
        assertThat(plans.get(first).getNumber()).isEqualTo(number);

        doCallRealMethod().when(renderer).render(any());
        management.setJobRetries(jobAt(instance).getId(), 1);
        runJob(instance, "Task_RenderDocument");
        runJob(instance, "Task_DistributePlan");
        runJob(instance, "Task_StartFollowUps");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(plans.get(first).getDocumentFileId()).isNotNull();
        assertThat(plans.get(first).getNumber()).isEqualTo(number);

        long second = driver.throughSigning();
        runJob(plans.get(second).getProcessInstanceId(), "Task_NumberAndRegister");
        assertThat(plans.get(second).getNumber()).isEqualTo(number + 1);
        int year = plans.get(first).getIssuedOn().getYear();
        assertThat(register.list("na-dh", year)).extracting(OutgoingRegisterEntry::getNumber)
                .containsExactly(number, number + 1);
    }

    private Job jobAt(String instance) {
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }

    private void runJob(String instance, String activityId) {
        Job job = jobAt(instance);
        assertThat(job).as("job at " + activityId).isNotNull();
        assertThat(management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId()).isEqualTo(activityId);
        management.executeJob(job.getId());
    }
}
