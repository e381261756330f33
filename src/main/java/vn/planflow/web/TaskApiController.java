package vn.planflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person's tasks, through the engine with their own authentication: the engine shows and lets
 * them complete only the tasks of their units and roles, exactly as in Tasklist.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Công việc")
public class TaskApiController {
    private final TaskApiService tasks;

    public TaskApiController(TaskApiService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Việc đang chờ người dùng (theo đơn vị và vai trò), theo hạn xử lý, từng trang; "
            + "tổng số việc ở tiêu đề X-Total-Count")
    public ResponseEntity<List<TaskView>> mine(@RequestParam(defaultValue = "0") int firstResult,
                                               @RequestParam(defaultValue = "" + TaskApiService.PAGE) int maxResults) {
        TaskApiService.Page page = tasks.mine(firstResult, maxResults);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.total())).body(page.tasks());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Hoàn thành một việc với các giá trị của biểu mẫu")
    public ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> form) {
        tasks.complete(id, form == null ? Map.of() : form);
        return ResponseEntity.noContent().build();
    }

    public record TaskView(String id, String name, String step, Long planId, String processInstanceId,
                           String assignee, Date created, Date due, String formKey) {
        static TaskView of(Task t, Object planId) {
            return new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                    planId instanceof Number n ? n.longValue() : null, t.getProcessInstanceId(),
                    t.getAssignee(), t.getCreateTime(), t.getDueDate(),
                    t.getCamundaFormRef() == null ? null : t.getCamundaFormRef().getKey());
        }
    }
}
