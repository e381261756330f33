package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRound: marks the missing reports late and drafts the summary from those that are in. */
@Component("closeRoundDelegate")
public class CloseRoundDelegate implements JavaDelegate {
    private final ReportService reports;

    public CloseRoundDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.close(((Number) execution.getVariable("reportId")).longValue());
        execution.setVariable("roundClosed", true);
    }
}
