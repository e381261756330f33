package vn.planflow.issuance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_StartFollowUps: tells the follow-up features the plan is out, in this job's transaction. */
@Component("startFollowUpsDelegate")
public class StartFollowUpsDelegate implements JavaDelegate {
    private final ApplicationEventPublisher events;

    public StartFollowUpsDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new PlanIssuedEvent(ProcessIds.planId(execution)));
    }
}
