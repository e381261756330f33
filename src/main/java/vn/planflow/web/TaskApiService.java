package vn.planflow.web;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.issuance.PlanStepForms;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.EngineAsApplication;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

/** Completes a task in one transaction with the engine, under the person's own authorization. */
@Service
public class TaskApiService {
    private final TaskService taskService;
    private final FormService formService;
    private final PlanStepForms stepForms;
    private final RuntimeService runtimeService;
    private final EngineAsApplication application;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final OwnTasks ownTasks;

    public TaskApiService(TaskService taskService, FormService formService, PlanStepForms stepForms,
                          RuntimeService runtimeService, EngineAsApplication application,
                          IdentityService identityService, AuthorizationService authorizationService,
                          OwnTasks ownTasks) {
        this.taskService = taskService;
        this.formService = formService;
        this.stepForms = stepForms;
        this.runtimeService = runtimeService;
        this.application = application;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.ownTasks = ownTasks;
    }

    /** Page size when the caller names none, and the largest page served. */
    public static final int PAGE = 50;
    static final int MAX_PAGE = 500;

    /** One page of the person's open tasks and how many there are in all. */
    public record Page(List<TaskApiController.TaskView> tasks, long total) {
    }

    /** The person's open tasks, one page at a time, with the plan each belongs to read in one query for the page. */
    @Transactional(readOnly = true)
    public Page mine(int firstResult, int maxResults) {
        if (firstResult < 0) {
            throw new ValidationException("firstResult", "Vị trí bắt đầu không được âm");
        }
        if (maxResults < 1 || maxResults > MAX_PAGE) {
            throw new ValidationException("maxResults", "Số việc mỗi trang phải từ 1 đến " + MAX_PAGE);
        }
        OwnTasks.Page page = ownTasks.page(firstResult, maxResults);
        String[] processes = page.tasks().stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .distinct().toArray(String[]::new);
        // The tasks are already the person's; reading their processes' plan ids needs no more rights.
        Map<String, Object> planIds = processes.length == 0 ? Map.of() : application.call(() ->
                runtimeService.createVariableInstanceQuery().variableName("planId").processInstanceIdIn(processes)
                        .list().stream().filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()))
                        .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue,
                                (a, b) -> a)));
        List<TaskApiController.TaskView> views = page.tasks().stream()
                .map(t -> TaskApiController.TaskView.of(t, planIds.get(t.getProcessInstanceId()))).toList();
        return new Page(views, page.total());
    }

    @Transactional
    public void complete(String id, Map<String, Object> form) {
        // Looked up by id and then checked for this person: the engine's authorized task query
        // checks the rights on every open task first, which grew with the country's open tasks.
        Task task = application.call(() -> taskService.createTaskQuery().taskId(id).singleResult());
        if (task == null || !mayRead(id)) {
            throw new NotFoundException("taskId", "Không có việc này, hoặc bạn không được giao việc này");
        }
        Map<String, Object> values = new HashMap<>(form);
        String step = task.getTaskDefinitionKey();
        if (PlanSteps.WRITE.equals(step) || PlanSteps.REVISE.equals(step)) {
            // The plan may have been saved through PUT /api/plans/{id} since the form was filled.
            Object planId = taskService.getVariable(id, "planId");
            Map<String, Object> fresh = stepForms.variables(step, ((Number) planId).longValue());
            fresh.keySet().removeAll(values.keySet());
            // only what changed: each value written again is a row updated (and a JSON list's byte array replaced)
            VariableMap current = taskService.getVariablesLocalTyped(id, false);
            fresh.entrySet().removeIf(e -> unchanged(current.getValueTyped(e.getKey()), e.getValue()));
            taskService.setVariablesLocal(id, fresh);
        }
        // Submitted like a Tasklist form: values land on the form's task-local fields first.
        formService.submitTaskForm(id, values);
    }

    private boolean mayRead(String taskId) {
        Authentication me = identityService.getCurrentAuthentication();
        return me != null && application.call(() -> authorizationService.isUserAuthorized(me.getUserId(),
                me.getGroupIds(), Permissions.READ, Resources.TASK, taskId));
    }

    private static boolean unchanged(TypedValue current, Object fresh) {
        if (current == null) {
            return false;
        }
        if (fresh instanceof SerializableValue json && current instanceof SerializableValue stored) {
            return java.util.Objects.equals(json.getValueSerialized(), stored.getValueSerialized());
        }
        return !(fresh instanceof TypedValue) && java.util.Objects.equals(current.getValue(), fresh);
    }
}
