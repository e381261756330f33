package vn.planflow.reporting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.planflow.issuance.PlanIssuedEvent;
import vn.planflow.issuance.PlanRecalledEvent;

/**
 * When a plan is issued, the reporting regime set up on its draft (if any) starts; when it is
 * withdrawn, its regime and open rounds stop, and a replacement plan takes the regime over.
 */
@Component
public class ReportingStarter {
    private final RegimeService regimes;

    public ReportingStarter(RegimeService regimes) {
        this.regimes = regimes;
    }

    @EventListener
    public void planIssued(PlanIssuedEvent event) {
        regimes.onPlanIssued(event.planId());
    }

    @EventListener
    public void planWithdrawn(PlanRecalledEvent event) {
        regimes.onPlanWithdrawn(event.planId(), event.replacementPlanId());
    }
}
