package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenRound: the period has come; every reporting unit gets its task. */
@Component("openRoundDelegate")
public class OpenRoundDelegate implements JavaDelegate {
    private final RoundService rounds;

    public OpenRoundDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.openPeriodic(((Number) execution.getVariable("regimeId")).longValue(),
                (String) execution.getVariable("nextPeriodKey"));
    }
}
