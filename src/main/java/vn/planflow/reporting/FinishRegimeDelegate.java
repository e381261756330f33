package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EndRegime (the plan's period is over) and Task_CancelRegime (the plan was recalled): the
 * regime is marked accordingly. Rounds already open run to their end, or stop on the recall.
 */
@Component("finishRegimeDelegate")
public class FinishRegimeDelegate implements JavaDelegate {
    private final RegimeService regimes;

    public FinishRegimeDelegate(RegimeService regimes) {
        this.regimes = regimes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegimeStatus status = "Task_CancelRegime".equals(execution.getCurrentActivityId())
                ? RegimeStatus.CANCELLED : RegimeStatus.ENDED;
        regimes.finish(((Number) execution.getVariable("regimeId")).longValue(), status);
    }
}
