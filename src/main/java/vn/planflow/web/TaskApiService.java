package vn.planflow.web;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.issuance.PlanStepForms;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.NotFoundException;

/** Completes a task in one transaction with the engine, under the person's own authorization. */
@Service
public class TaskApiService {
    private final TaskService taskService;
    private final FormService formService;
    private final PlanStepForms stepForms;

    public TaskApiService(TaskService taskService, FormService formService, PlanStepForms stepForms) {
        this.taskService = taskService;
        this.formService = formService;
        this.stepForms = stepForms;
    }

    @Transactional
    public void complete(String id, Map<String, Object> form) {
        Task task = taskService.createTaskQuery().taskId(id).singleResult();
        if (task == null) {
            throw new NotFoundException("taskId", "Không có việc này, hoặc bạn không được giao việc này");
        }
        Map<String, Object> values = new HashMap<>(form);
        String step = task.getTaskDefinitionKey();
        if (PlanSteps.WRITE.equals(step) || PlanSteps.REVISE.equals(step)) {
            // The plan may have been saved through PUT /api/plans/{id} since the form was filled.
            Object planId = taskService.getVariable(id, "planId");
            Map<String, Object> fresh = stepForms.variables(step, ((Number) planId).longValue());
            fresh.keySet().removeAll(values.keySet());
            taskService.setVariablesLocal(id, fresh);
        }
        // Submitted like a Tasklist form: values land on the form's task-local fields first.
        formService.submitTaskForm(id, values);
    }
}
