package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelRound: the plan was recalled; this collecting unit's round stops. */
@Component("cancelRoundDelegate")
public class CancelRoundDelegate implements JavaDelegate {
    private final ReportService reports;

    public CancelRoundDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.cancelCollector(((Number) execution.getVariable("reportId")).longValue());
    }
}
