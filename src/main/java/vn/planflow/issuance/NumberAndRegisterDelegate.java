package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_NumberAndRegister: the next number of the year and a line in the outgoing register. */
@Component("numberAndRegisterDelegate")
public class NumberAndRegisterDelegate implements JavaDelegate {
    private final IssuanceService issuance;

    public NumberAndRegisterDelegate(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuance.numberAndRegister(ProcessIds.planId(execution), DraftingSteps.today());
    }
}
