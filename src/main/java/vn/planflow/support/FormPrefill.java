package vn.planflow.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What the Camunda Forms of one process's user tasks show and ask, read from the domain tables
 * when a form is opened or submitted instead of being stored as task variables when the task is
 * created (ADR 0012). The engine's form handler for those tasks is {@code config.PrefilledTaskForm}.
 */
public interface FormPrefill {

    /** The id of the process whose user tasks this fills. */
    String processKey();

    /**
     * The task's form as it stands now: every field the form shows, and the person's own fields
     * (null until they write something). The keys are also the fields kept on the task when the
     * form is submitted; anything else submitted goes to the process.
     */
    Map<String, Object> values(DelegateTask task);

    /**
     * The form's fields as a completing step reads them. Submitted through the form handler, they
     * are on the task as transient variables, already merged over the prefill. A task completed
     * without its form (TaskService.complete) gets the prefill, with any field the task stored
     * itself, so nothing already saved is read as cleared.
     */
    default Map<String, Object> submitted(DelegateTask task) {
        VariableMap onTask = task.getVariablesLocalTyped(false);
        if (onTask.keySet().stream().anyMatch(name -> onTask.getValueTyped(name).isTransient())) {
            return onTask;
        }
        Map<String, Object> form = new LinkedHashMap<>(values(task));
        form.replaceAll((name, value) -> onTask.containsKey(name) ? onTask.get(name) : value);
        return form;
    }
}
