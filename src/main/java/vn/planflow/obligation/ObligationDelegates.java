package vn.planflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The three service tasks of ObligationTracking, one bean each: the reminder before the finish
 * date, the flag and escalation when it passes, and the stop when the plan is recalled.
 */
public final class ObligationDelegates {
    private ObligationDelegates() {
    }

    private static Long id(DelegateExecution execution) {
        return ((Number) execution.getVariable("obligationId")).longValue();
    }

    /** Task_RemindLead. */
    @Component("remindObligationDelegate")
    public static class Remind implements JavaDelegate {
        private final ObligationService obligations;

        public Remind(ObligationService obligations) {
            this.obligations = obligations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            obligations.remindLead(id(execution));
        }
    }

    /** Task_MarkOverdue: before the office's chase task is created. */
    @Component("markObligationOverdueDelegate")
    public static class MarkOverdue implements JavaDelegate {
        private final ObligationService obligations;

        public MarkOverdue(ObligationService obligations) {
            this.obligations = obligations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            obligations.markOverdue(id(execution));
        }
    }

    /** Task_CancelObligation. */
    @Component("cancelObligationDelegate")
    public static class Cancel implements JavaDelegate {
        private final ObligationService obligations;

        public Cancel(ObligationService obligations) {
            this.obligations = obligations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            obligations.cancel(id(execution));
        }
    }
}
