package vn.planflow.obligation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.planflow.issuance.PlanIssuedEvent;
import vn.planflow.issuance.PlanRecalledEvent;

/**
 * When a plan is issued, its tasks become obligations, each tracked by its own process; when it
 * is withdrawn, their tracking stops (a replacement plan brings its own, read from its text).
 */
@Component
public class ObligationStarter {
    private final ObligationService obligations;

    public ObligationStarter(ObligationService obligations) {
        this.obligations = obligations;
    }

    @EventListener
    public void planIssued(PlanIssuedEvent event) {
        obligations.createFor(event.planId());
    }

    @EventListener
    public void planWithdrawn(PlanRecalledEvent event) {
        obligations.planWithdrawn(event.planId());
    }
}
