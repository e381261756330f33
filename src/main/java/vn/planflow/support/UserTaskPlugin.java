package vn.planflow.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * An engine plugin that adds something to every user task of every process as the engine parses
 * it, after the task's own BPMN configuration, so the BPMN files need no line for it.
 */
public abstract class UserTaskPlugin extends AbstractProcessEnginePlugin {

    /** Called once per user task and process version, when the engine parses the model. */
    protected abstract void parsed(String processKey, TaskDefinition task);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                        && activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition) {
                    parsed(definition.getKey(), userTask.getTaskDefinition());
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
