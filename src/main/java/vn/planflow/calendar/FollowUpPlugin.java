package vn.planflow.calendar;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.planflow.support.UserTaskPlugin;

/**
 * Gives every user task of every process the follow-up date listener, without a line in the BPMN
 * files. The listener is appended to the task's own listeners (parsed before this runs), so it sees
 * due dates set by them. The calendar is looked up on first use: the engine is configured before
 * the JPA repositories behind it exist.
 */
@Component
public class FollowUpPlugin extends UserTaskPlugin {
    private final TaskListener listener;

    @Autowired
    public FollowUpPlugin(ObjectProvider<FollowUpDates> followUps) {
        this(followUps::getObject);
    }

    FollowUpPlugin(Supplier<FollowUpDates> followUps) {
        this.listener = new FollowUpTaskListener(followUps);
    }

    @Override
    protected void parsed(String processKey, TaskDefinition task) {
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        task.addTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
    }
}
