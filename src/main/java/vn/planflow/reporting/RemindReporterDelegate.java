package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindReporter / Task_RemindCollector: the due date is near and this unit has not reported. */
@Component("remindReporterDelegate")
public class RemindReporterDelegate implements JavaDelegate {
    private final ReportService reports;

    public RemindReporterDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remindDue(((Number) execution.getVariable("roundId")).longValue(),
                (String) execution.getVariable("reportingUnitId"));
    }
}
