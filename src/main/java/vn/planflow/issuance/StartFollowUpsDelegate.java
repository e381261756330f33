package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/**
 * Task_StartFollowUps: tells the follow-up features the plan is out, in this job's transaction.
 * A replacement withdraws the plan it replaces only afterwards, so the follow-ups could first take
 * over what was still open under the old plan.
 */
@Component("startFollowUpsDelegate")
public class StartFollowUpsDelegate implements JavaDelegate {
    private final ApplicationEventPublisher events;
    private final PlanWithdrawalService withdrawals;

    public StartFollowUpsDelegate(ApplicationEventPublisher events, PlanWithdrawalService withdrawals) {
        this.events = events;
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long planId = ProcessIds.planId(execution);
        events.publishEvent(new PlanIssuedEvent(planId));
        withdrawals.replacementIssued(planId);
    }
}
