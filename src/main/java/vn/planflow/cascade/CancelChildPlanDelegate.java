package vn.planflow.cascade;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_CancelChildPlan: the parent was withdrawn; stop the child's draft (or keep a handed-over one). */
@Component("cancelChildPlanDelegate")
public class CancelChildPlanDelegate implements JavaDelegate {
    private final DemandTracking tracking;

    public CancelChildPlanDelegate(DemandTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("childStarted",
                tracking.settleAfterWithdrawal(ProcessIds.longVariable(execution, "demandId")));
    }
}
