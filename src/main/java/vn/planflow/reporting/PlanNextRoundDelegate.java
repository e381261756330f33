package vn.planflow.reporting;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PlanNextRound: when the next period opens, or that the plan's period is over. */
@Component("planNextRoundDelegate")
public class PlanNextRoundDelegate implements JavaDelegate {
    private final RegimeService regimes;

    public PlanNextRoundDelegate(RegimeService regimes) {
        this.regimes = regimes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<ReportingPeriod> next = regimes.planNext(((Number) execution.getVariable("regimeId")).longValue());
        execution.setVariable("hasNextRound", next.isPresent());
        execution.setVariable("nextPeriodKey", next.map(ReportingPeriod::key).orElse(null));
        // A round opens on its cut-off day; a date already past (the application was down) fires at once.
        execution.setVariable("nextRoundAt", next.map(p -> EngineClock.at(p.cutOff(), EngineClock.OPENS_AT)).orElse(null));
    }
}
