package vn.planflow.config;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.planflow.support.FormPrefill;
import vn.planflow.support.UserTaskPlugin;

/**
 * Gives the user tasks of every process that has a {@link FormPrefill} the {@link PrefilledTaskForm}
 * handler, in every version of the process (ADR 0012). The prefills are looked up on first use:
 * the engine is configured before the beans behind them exist.
 */
@Component
public class FormPrefillPlugin extends UserTaskPlugin {
    private final ObjectProvider<FormPrefill> prefills;
    private volatile Map<String, FormPrefill> byProcess;

    public FormPrefillPlugin(ObjectProvider<FormPrefill> prefills) {
        this.prefills = prefills;
    }

    @Override
    protected void parsed(String processKey, TaskDefinition task) {
        task.setTaskFormHandler(new PrefilledTaskForm(task.getTaskFormHandler(), () -> of(processKey)));
    }

    /** The prefill of a process's forms, or null when its tasks keep the engine's own handling. */
    FormPrefill of(String processKey) {
        Map<String, FormPrefill> known = byProcess;
        if (known == null) {
            known = prefills.orderedStream().collect(Collectors.toMap(FormPrefill::processKey, Function.identity()));
            byProcess = known;
        }
        return known.get(processKey);
    }
}
