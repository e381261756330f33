package vn.planflow.plan;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.identity.Memberships;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * Who may read a plan: people of the units that draft, issue, file, are consulted on or receive
 * it, its signer, administrators, and for a child plan the issuing units (and their offices) of
 * the plans above it. Everyone else is refused.
 */
@Component
public class PlanAccess {
    private final Memberships memberships;
    private final UnitService units;
    private final PlanRepository plans;

    public PlanAccess(Memberships memberships, UnitService units, PlanRepository plans) {
        this.memberships = memberships;
        this.units = units;
        this.plans = plans;
    }

    public boolean canSee(Plan plan, String userId) {
        if (userId.equals(plan.getSignerId()) || userId.equals(plan.getDrafterId()) || memberships.isAdmin(userId)) {
            return true;
        }
        Set<String> mine = memberships.unitIds(userId);
        if (mine.contains(plan.getDraftingUnitId()) || mine.contains(plan.getIssuingUnitId())
                || mine.contains(units.officeOf(plan.getIssuingUnitId()).getId())) {
            return true;
        }
        return plan.getConsultedUnitIds().stream().anyMatch(mine::contains)
                || plan.getRecipients().stream().anyMatch(r -> r.getUnitId() != null && mine.contains(r.getUnitId()))
                || aboveInCascade(plan, mine);
    }

    /** Whoever demanded a child plan follows it, at every level above. */
    private boolean aboveInCascade(Plan plan, Set<String> mine) {
        Long parentId = plan.getParentPlanId();
        for (int depth = 0; parentId != null && depth < 16; depth++) {
            Plan parent = plans.findById(parentId).orElse(null);
            if (parent == null) {
                return false;
            }
            if (mine.contains(parent.getIssuingUnitId())
                    || mine.contains(units.officeOf(parent.getIssuingUnitId()).getId())) {
                return true;
            }
            parentId = parent.getParentPlanId();
        }
        return false;
    }

    public void requireVisible(Plan plan, String userId) {
        if (!canSee(plan, userId)) {
            throw new ForbiddenException("Bạn không có quyền xem kế hoạch này");
        }
    }
}
