package vn.planflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSummary: number, register, render and send the approved summary to the level above. */
@Component("sendSummaryDelegate")
public class SendSummaryDelegate implements JavaDelegate {
    private final SummaryService summaries;

    public SendSummaryDelegate(SummaryService summaries) {
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        summaries.send(((Number) execution.getVariable("reportId")).longValue());
    }
}
