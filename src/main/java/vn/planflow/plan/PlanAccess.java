package vn.planflow.plan;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.identity.Memberships;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * Who may read a plan: people of the units that draft, issue, file, are consulted on or receive
 * it, its signer, and administrators. Everyone else is refused.
 */
@Component
public class PlanAccess {
    private final Memberships memberships;
    private final UnitService units;

    public PlanAccess(Memberships memberships, UnitService units) {
        this.memberships = memberships;
        this.units = units;
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
                || plan.getRecipients().stream().anyMatch(r -> r.getUnitId() != null && mine.contains(r.getUnitId()));
    }

    public void requireVisible(Plan plan, String userId) {
        if (!canSee(plan, userId)) {
            throw new ForbiddenException("Bạn không có quyền xem kế hoạch này");
        }
    }
}
