package vn.planflow.cascade;

import org.springframework.stereotype.Component;
import vn.planflow.plan.ChildDemandGuard;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanRecipient;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ValidationException;

/**
 * A unit is asked for one plan per cascade: a district's plan may not demand a plan of a commune
 * the province has already asked directly.
 */
@Component
public class CascadeDuplicateGuard implements ChildDemandGuard {
    private final ChildPlanDemandRepository demands;
    private final PlanService plans;

    public CascadeDuplicateGuard(ChildPlanDemandRepository demands, PlanService plans) {
        this.demands = demands;
        this.plans = plans;
    }

    @Override
    public void check(Plan plan) {
        for (PlanRecipient r : plan.getRecipients()) {
            if (!r.isChildPlanDemanded() || r.getUnitId() == null) {
                continue;
            }
            Long ancestorId = plan.getParentPlanId();
            for (int depth = 0; ancestorId != null && depth < 16; depth++) {
                Plan ancestor = plans.get(ancestorId);
                demands.findByParentPlanIdAndUnitId(ancestorId, r.getUnitId())
                        .filter(d -> d.getStatus() != DemandStatus.CANCELLED && d.getStatus() != DemandStatus.TRANSFERRED)
                        .ifPresent(d -> {
                            throw new ValidationException("childPlanUnitIds", d.getUnitName()
                                    + " đã được yêu cầu xây dựng kế hoạch theo Kế hoạch số " + ancestor.getCode());
                        });
                ancestorId = ancestor.getParentPlanId();
            }
        }
    }
}
