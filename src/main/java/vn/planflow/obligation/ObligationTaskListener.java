package vn.planflow.obligation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.support.Actors;
import vn.planflow.support.FormPrefill;
import vn.planflow.support.FormValues;
import vn.planflow.support.ValidationException;

/**
 * The one listener of ObligationTracking's user tasks, and what their forms show, read when a form
 * is opened ({@link #values}). The lead unit's task records progress or closes the obligation
 * (routing variable obligationClosed); the office's task records the chase. Nothing is done on create.
 */
@Component("obligationTaskListener")
public class ObligationTaskListener implements TaskListener, FormPrefill {
    static final String CHASE = "Task_ChaseObligation";
    private final ObligationService obligations;
    private final ObligationForms forms;
    private final IdentityService identityService;

    public ObligationTaskListener(ObligationService obligations, ObligationForms forms, IdentityService identityService) {
        this.obligations = obligations;
        this.forms = forms;
        this.identityService = identityService;
    }

    @Override
    public String processKey() {
        return ObligationProcesses.PROCESS;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        Long id = ((Number) task.getVariable("obligationId")).longValue();
        Map<String, Object> v = new HashMap<>();
        v.put("obligationMarkdown", forms.markdown(id));
        if (CHASE.equals(task.getTaskDefinitionKey())) {
            v.put("chaseNote", null);
        } else {
            v.put("obligationAction", null);
            v.put("progressPercent", obligations.get(id).getProgressPercent());
            v.put("progressNote", null);
            v.put("result", null);
        }
        return v;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Long id = ((Number) task.getVariable("obligationId")).longValue();
        String actor = Actors.current(identityService, task.getAssignee());
        Map<String, Object> v = task.getVariables();
        if (CHASE.equals(task.getTaskDefinitionKey())) {
            obligations.chase(id, FormValues.text(v, "chaseNote"), actor);
            return;
        }
        if (!obligations.get(id).getStatus().closed()) {
            String action = FormValues.text(v, "obligationAction");
            switch (action == null ? "" : action) {
                case "progress" -> obligations.progress(id, FormValues.integer(v, "progressPercent"),
                        FormValues.text(v, "progressNote"), actor);
                case "done", "notDone" -> obligations.close(id, "done".equals(action), FormValues.text(v, "result"), actor);
                default -> throw new ValidationException("obligationAction",
                        "Chọn cập nhật tiến độ, báo hoàn thành hoặc báo không hoàn thành");
            }
        }
        // Closed here or, a moment ago, through the domain API: either way the tracking ends.
        task.getExecution().setVariable("obligationClosed", obligations.get(id).getStatus().closed());
    }
}
