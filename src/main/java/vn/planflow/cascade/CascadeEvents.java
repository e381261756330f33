package vn.planflow.cascade;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.planflow.issuance.PlanIssuedEvent;
import vn.planflow.issuance.PlanRecalledEvent;
import vn.planflow.plan.PlanService;

/**
 * Hooks into issuance, inside its transaction: an issued plan may answer a parent's demand (the
 * parent is told at once) and may demand plans of its own lower units; a withdrawn plan ends what
 * is still open below it.
 */
@Component
public class CascadeEvents {
    private final DemandTracking tracking;
    private final CascadeFanOut fanOut;
    private final PlanService plans;

    public CascadeEvents(DemandTracking tracking, CascadeFanOut fanOut, PlanService plans) {
        this.tracking = tracking;
        this.fanOut = fanOut;
        this.plans = plans;
    }

    @EventListener
    public void onIssued(PlanIssuedEvent event) {
        tracking.childIssued(plans.get(event.planId()));
        fanOut.fanOut(event.planId());
    }

    @EventListener
    public void onWithdrawn(PlanRecalledEvent event) {
        tracking.parentWithdrawn(event.planId(), event.reason());
    }
}
