package vn.planflow.support;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The domain ids a process carries as variables. */
public final class ProcessIds {
    private ProcessIds() {
    }

    public static Long planId(VariableScope scope) {
        return longVariable(scope, "planId");
    }

    public static Long longVariable(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return n.longValue();
    }
}
