package vn.planflow.calendar;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Keeps a user task's follow-up date at "due date minus two working days", which the Tasklist
 * filter "Sắp đến hạn" reads. Runs after the task's own create listeners, so a due date they set
 * is seen. A follow-up date chosen by the model or by a person is left alone: on create only an
 * empty one is filled, on update only one that still matches the old due date moves with it.
 */
public class FollowUpTaskListener implements TaskListener {
    private final Supplier<FollowUpDates> followUps;

    public FollowUpTaskListener(Supplier<FollowUpDates> followUps) {
        this.followUps = followUps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getDueDate() != null && task.getFollowUpDate() == null) {
                task.setFollowUpDate(followUps.get().followUpFor(task.getDueDate()));
            }
        } else if (EVENTNAME_UPDATE.equals(task.getEventName()) && task instanceof TaskEntity entity) {
            moveWithDueDate(entity);
        }
    }

    private void moveWithDueDate(TaskEntity task) {
        Map<String, PropertyChange> changes = task.getPropertyChanges();
        PropertyChange due = changes.get(TaskEntity.DUE_DATE);
        if (due == null || changes.containsKey(TaskEntity.FOLLOW_UP_DATE)) {
            return;
        }
        FollowUpDates dates = followUps.get();
        Date current = task.getFollowUpDate();
        if (current == null || Objects.equals(current, dates.followUpFor((Date) due.getOrgValue()))) {
            task.setFollowUpDate(dates.followUpFor(task.getDueDate()));
        }
    }
}
