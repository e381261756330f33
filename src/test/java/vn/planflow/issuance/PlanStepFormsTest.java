package vn.planflow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.planflow.web.ApiClient;
import vn.planflow.web.PlanRequests;

/**
 * The steps' forms are read from the plan when Tasklist opens them and are not stored in the
 * engine: a form always shows the plan as it was last saved, and what a person writes on it is
 * saved in the plan's tables only (ADR 0012). Submitted as Tasklist submits, through
 * {@code /engine-rest/task/{id}/submit-form}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "planflow.files.dir=target/test-files/journey"})
class PlanStepFormsTest {
    private static final String FUNDING = "Ngân sách huyện năm 2026: 150 triệu đồng";
    private final ApiClient api;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;

    @Autowired
    PlanStepFormsTest(@LocalServerPort int port, TaskService tasks, RuntimeService runtime, HistoryService history) {
        this.api = new ApiClient(port);
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
    }

    @Test
    void formsShowThePlanAsSavedAndKeepNothingOfThemInTheEngine() throws InterruptedException {
        long planId = api.post("lan", "/api/plans", PlanRequests.districtPlan(List.of(), null)).json().get("id").asLong();
        Task write = taskOf("Task_WriteDraft", planId);
        assertThat(tasks.getVariablesLocal(write.getId())).as("nothing stored on a new task").isEmpty();
        assertThat(api.get("lan", "/engine-rest/task/" + write.getId() + "/form").json().get("camundaFormRef")
                .get("key").asText()).as("Tasklist's form call").isEqualTo("form_WriteDraft");
        assertThat(formValue("lan", write, "title")).isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026");

        // saved directly through the API while the task is open: the form shows it at once
        Map<String, Object> renamed = PlanRequests.districtPlan(List.of(), null);
        renamed.put("title", "Tuyên truyền chuyển đổi số năm 2026 (sửa)");
        assertThat(api.put("lan", "/api/plans/" + planId, renamed).status()).isEqualTo(200);
        assertThat(formValue("lan", write, "title")).isEqualTo("Tuyên truyền chuyển đổi số năm 2026 (sửa)");
        assertThat(api.get("son", "/engine-rest/task/" + write.getId() + "/form-variables").status())
                .as("another district's drafter").isIn(403, 404);

        // Tasklist submits the fields it shows; those left out keep what the plan holds
        submit("lan", write, Map.of("funding", FUNDING));
        JsonNode saved = api.get("lan", "/api/plans/" + planId).json();
        assertThat(saved.get("title").asText()).isEqualTo("Tuyên truyền chuyển đổi số năm 2026 (sửa)");
        assertThat(saved.toString()).contains(FUNDING);

        Task review = taskOf("Task_ReviewDraft", planId);
        assertThat(formValue("hung", review, "draftMarkdown")).contains(FUNDING);
        submit("hung", review, Map.of("headDecision", "return", "headComment", "Ghi rõ nguồn kinh phí"));
        assertThat(api.get("lan", "/api/plans/" + planId).json().toString()).contains("Ghi rõ nguồn kinh phí");

        String instance = review.getProcessInstanceId();
        List<VariableInstance> stored = runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list();
        assertThat(stored).extracting(VariableInstance::getName).contains("planId", "headDecision")
                .doesNotContain("title", "funding", "draftMarkdown", "headComment");
        assertThat(stored).allSatisfy(v -> assertThat(v.getTaskId()).as(v.getName()).isNull());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricVariableInstance::getName).doesNotContain("title", "funding", "headComment");
    }

    /** A task created before the forms were read from the plan still holds its form as variables. */
    @Test
    void aTaskThatStoredItsFormStillCompletes() throws InterruptedException {
        long planId = api.post("lan", "/api/plans", PlanRequests.districtPlan(List.of(), null)).json().get("id").asLong();
        Task write = taskOf("Task_WriteDraft", planId);
        tasks.setVariableLocal(write.getId(), "funding", "Kinh phí cũ trên biểu mẫu");
        tasks.setVariableLocal(write.getId(), "title", "Tên cũ trên biểu mẫu");
        submit("lan", write, Map.of("funding", FUNDING));
        JsonNode saved = api.get("lan", "/api/plans/" + planId).json();
        assertThat(saved.toString()).contains(FUNDING).doesNotContain("Kinh phí cũ");
        assertThat(saved.get("title").asText()).isEqualTo("Thông tin, tuyên truyền chuyển đổi số năm 2026");
        assertThat(taskOf("Task_ReviewDraft", planId)).isNotNull();
    }

    private String formValue(String user, Task task, String field) {
        ApiClient.Response r = api.get(user, "/engine-rest/task/" + task.getId() + "/form-variables");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get(field).get("value").asText();
    }

    private void submit(String user, Task task, Map<String, String> fields) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
        ApiClient.Response r = api.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", variables));
        assertThat(r.status()).as(user + " submits " + task.getTaskDefinitionKey() + ": " + r.text()).isIn(200, 204);
    }

    private Task taskOf(String step, long planId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(planId))
                    .taskDefinitionKey(step).singleResult();
            if (task != null || System.nanoTime() > until) {
                assertThat(task).as(step + " of plan " + planId).isNotNull();
                return task;
            }
            Thread.sleep(100);
        }
    }
}
