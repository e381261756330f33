package vn.planflow.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process the follow-up date listener, without a line in the BPMN
 * files. The listener is appended to the task's own listeners (parsed before this runs), so it sees
 * due dates set by them. The calendar is looked up on first use: the engine is configured before
 * the JPA repositories behind it exist.
 */
@Component
public class FollowUpPlugin extends AbstractProcessEnginePlugin {
    private final TaskListener listener;

    @Autowired
    public FollowUpPlugin(ObjectProvider<FollowUpDates> followUps) {
        this(followUps::getObject);
    }

    FollowUpPlugin(Supplier<FollowUpDates> followUps) {
        this.listener = new FollowUpTaskListener(followUps);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
