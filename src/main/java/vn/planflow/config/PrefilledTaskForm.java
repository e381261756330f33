package vn.planflow.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.planflow.support.FormPrefill;

/**
 * The engine's form handler of a user task whose process has a {@link FormPrefill}. Opening the
 * form (Tasklist's form-variables call) returns the prefill as the engine's form fields, which
 * come before the task's variables. Submitting it keeps the form's fields on the task as transient
 * variables, merged over the prefill, so the step's listener reads the whole form and nothing of it
 * is written to the database; other submitted values (the routed decisions) are handed to the
 * engine's own handler, which sets them on the process.
 */
final class PrefilledTaskForm implements TaskFormHandler {
    private final TaskFormHandler engine;
    private final Supplier<FormPrefill> prefill;

    PrefilledTaskForm(TaskFormHandler engine, Supplier<FormPrefill> prefill) {
        this.engine = engine;
        this.prefill = prefill;
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                                   BpmnParse parse) {
        engine.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = engine.createTaskForm(task);
        FormPrefill source = prefill.get();
        if (source != null && form instanceof FormDataImpl data) {
            // read here, inside the engine's command: the REST API looks at the fields after it
            List<FormField> fields = new ArrayList<>();
            source.values(task).forEach((name, value) -> {
                FormFieldImpl field = new FormFieldImpl();
                field.setId(name);
                field.setValue(typed(value));
                fields.add(field);
            });
            data.setFormFields(fields);
        }
        return form;
    }

    @Override
    public void submitFormVariables(VariableMap submitted, VariableScope scope) {
        FormPrefill source = prefill.get();
        if (source == null || !(scope instanceof TaskEntity task)) {
            engine.submitFormVariables(submitted, scope);
            return;
        }
        Map<String, Object> form = new LinkedHashMap<>(source.values(task));
        VariableMap routed = Variables.createVariables();
        for (String name : submitted.keySet()) {
            if (form.containsKey(name)) {
                form.put(name, submitted.getValueTyped(name));
            } else {
                routed.putValueTyped(name, submitted.getValueTyped(name));
            }
        }
        form.forEach((name, value) -> task.setVariableLocal(name, onTask(task, name, value)));
        engine.submitFormVariables(routed, scope);
    }

    /** Transient, unless a task created before this handler existed stored the field as a variable. */
    private static TypedValue onTask(TaskEntity task, String name, Object value) {
        TypedValue stored = task.getVariableLocalTyped(name, false);
        return Variables.untypedValue(value, stored == null || stored.isTransient());
    }

    /** A value as the engine would type it when storing it, so the REST API names its type. */
    private static TypedValue typed(Object value) {
        if (value instanceof TypedValue typed) {
            return typed;
        }
        if (value == null) {
            return Variables.untypedNullValue();
        }
        UntypedValueImpl untyped = (UntypedValueImpl) Variables.untypedValue(value);
        return Context.getProcessEngineConfiguration().getVariableSerializers()
                .findSerializerForValue(untyped).convertToTypedValue(untyped);
    }
}
