package vn.planflow.obligation;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.planflow.support.EngineAsApplication;

/**
 * The engine side of obligations: one ObligationTracking per tracked obligation (business key =
 * the plan's id, so Message_PlanRecalled reaches it), and finishing its task when the lead unit
 * closes the obligation through the domain API.
 */
@Component
public class ObligationProcesses {
    public static final String PROCESS = "ObligationTracking";
    public static final String UPDATE_TASK = "Task_UpdateObligation";
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final EngineAsApplication application;

    public ObligationProcesses(RuntimeService runtimeService, TaskService taskService,
                               EngineAsApplication application) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.application = application;
    }

    public String start(Long planId, Long obligationId, String leadUnitId, String leadDeskId, String officeUnitId,
                        Date reminderAt, Date finishDue) {
        Map<String, Object> v = new HashMap<>();
        v.put("planId", planId);
        v.put("obligationId", obligationId);
        v.put("leadUnitId", leadUnitId);
        v.put("leadDeskId", leadDeskId);
        v.put("officeUnitId", officeUnitId);
        v.put("reminderAt", reminderAt);
        v.put("finishDue", finishDue);
        v.put("obligationClosed", false);
        return runtimeService.startProcessInstanceByKey(PROCESS, String.valueOf(planId), v).getId();
    }

    /** The plan was withdrawn (often in a leader's request): the process stops its tracking. */
    public void recall(String processInstanceId) {
        if (processInstanceId != null) {
            application.run(() -> runtimeService.createMessageCorrelation("Message_PlanRecalled")
                    .processInstanceId(processInstanceId).correlateAllWithResult());
        }
    }

    /** The obligation was closed through the API; its open task is completed so the process ends. */
    public void closed(String processInstanceId) {
        if (processInstanceId != null) {
            application.run(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(UPDATE_TASK).list().forEach(t -> taskService.complete(t.getId())));
        }
    }

}
