package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_MarkRejected: the signer refused; the plan keeps its text and history, marked not issued. */
@Component("markPlanRejectedDelegate")
public class MarkPlanRejectedDelegate implements JavaDelegate {
    private final IssuanceService issuance;

    public MarkPlanRejectedDelegate(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuance.markRejected(ProcessIds.planId(execution));
    }
}
