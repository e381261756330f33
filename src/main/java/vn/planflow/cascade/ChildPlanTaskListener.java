package vn.planflow.cascade;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.support.Actors;
import vn.planflow.support.FormPrefill;
import vn.planflow.support.FormValues;
import vn.planflow.support.ProcessIds;
import vn.planflow.support.ValidationException;

/**
 * The one listener on every ChildPlanTracking user task, and what their forms show, read when a
 * form is opened ({@link #values}). On create it notes the reminder or the lateness on the demand;
 * on complete it records the office's decision and writes back only what the model routes on
 * (followAgain and, after an extension, the new timers).
 */
@Component("childPlanTaskListener")
public class ChildPlanTaskListener implements TaskListener, FormPrefill {
    private final DemandTracking tracking;
    private final DemandDecisions decisions;
    private final TrackingSchedule schedule;
    private final TrackingForms forms;
    private final IdentityService identityService;

    public ChildPlanTaskListener(DemandTracking tracking, DemandDecisions decisions, TrackingSchedule schedule,
                                 TrackingForms forms, IdentityService identityService) {
        this.tracking = tracking;
        this.decisions = decisions;
        this.schedule = schedule;
        this.forms = forms;
        this.identityService = identityService;
    }

    @Override
    public String processKey() {
        return CascadeFanOut.PROCESS;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        return forms.variables(task.getTaskDefinitionKey(), ProcessIds.longVariable(task, "demandId"));
    }

    @Override
    public void notify(DelegateTask task) {
        Long demandId = ProcessIds.longVariable(task, "demandId");
        String step = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (TrackingForms.REMIND.equals(step)) {
                tracking.reminded(demandId);
            } else if (TrackingForms.ESCALATE.equals(step)) {
                tracking.escalated(demandId);
                // routed on, so it lives on the process; a second escalation starts without the first answer
                task.getExecution().setVariable("escalationDecision", null);
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, step, demandId, task.getVariables());
        }
    }

    private void complete(DelegateTask task, String step, Long demandId, Map<String, Object> v) {
        switch (step) {
            case TrackingForms.ESCALATE -> {
                String decision = FormValues.text(v, "escalationDecision");
                if ("extend".equals(decision)) {
                    schedule.write(task.getExecution(), decisions.extend(demandId,
                            FormValues.date("newDueDate", FormValues.text(v, "newDueDate")), FormValues.text(v, "escalationNote")));
                    task.getExecution().setVariable("followAgain", true);
                } else if ("close".equals(decision)) {
                    decisions.close(demandId, FormValues.text(v, "escalationNote"));
                    task.getExecution().setVariable("followAgain", false);
                } else {
                    throw new ValidationException("escalationDecision", "Hãy chọn gia hạn hoặc kết thúc theo dõi");
                }
            }
            case TrackingForms.PAPER -> {
                decisions.recordPaper(demandId, FormValues.text(v, "paperCode"),
                        FormValues.date("paperIssuedOn", FormValues.text(v, "paperIssuedOn")),
                        FormValues.text(v, "paperNote"), Actors.current(identityService, task.getAssignee()));
                task.getExecution().setVariable("followAgain", false);
            }
            case TrackingForms.REMIND -> requireFlag(v, "reminderRead");
            case TrackingForms.RECALLED -> requireFlag(v, "recallRead");
            default -> throw new IllegalStateException("no handler for step " + step);
        }
    }

    private static void requireFlag(Map<String, Object> v, String key) {
        if (!FormValues.flag(v, key)) {
            throw new ValidationException(key, "Hãy xác nhận đã nắm thông tin");
        }
    }
}
