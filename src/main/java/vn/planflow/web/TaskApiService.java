package vn.planflow.web;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.support.EngineAsApplication;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

/** Completes a task in one transaction with the engine, under the person's own authorization. */
@Service
public class TaskApiService {
    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final EngineAsApplication application;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final OwnTasks ownTasks;

    public TaskApiService(TaskService taskService, FormService formService, RuntimeService runtimeService, EngineAsApplication application,
                          IdentityService identityService, AuthorizationService authorizationService,
                          OwnTasks ownTasks) {
        this.taskService = taskService;
        this.formService = formService;
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
        // Submitted like a Tasklist form: the step's fields stay on the task, merged over what the
        // form shows now, so fields left out keep the plan's current values (PrefilledTaskForm).
        formService.submitTaskForm(id, form);
    }

    private boolean mayRead(String taskId) {
        Authentication me = identityService.getCurrentAuthentication();
        return me != null && application.call(() -> authorizationService.isUserAuthorized(me.getUserId(),
                me.getGroupIds(), Permissions.READ, Resources.TASK, taskId));
    }
}
