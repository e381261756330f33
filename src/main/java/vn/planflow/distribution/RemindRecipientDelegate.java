package vn.planflow.distribution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_RemindRecipient: acknowledgement is late; the reminder is counted and shown to the issuer. */
@Component("remindRecipientDelegate")
public class RemindRecipientDelegate implements JavaDelegate {
    private final DistributionService distribution;

    public RemindRecipientDelegate(DistributionService distribution) {
        this.distribution = distribution;
    }

    @Override
    public void execute(DelegateExecution execution) {
        distribution.remind(ProcessIds.longVariable(execution, "distributionId"));
    }
}
