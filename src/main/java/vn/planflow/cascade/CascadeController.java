package vn.planflow.cascade;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.identity.Memberships;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * The cascade view. Only the issuing side of the plan watches it: its issuing unit, that unit's
 * office, its drafting unit, its signer and drafter, administrators. A lower unit sees the cascade
 * of its own plan, not its parent's.
 */
@RestController
@Tag(name = "Kế hoạch cấp dưới")
public class CascadeController {
    private final CascadeViews views;
    private final PlanService plans;
    private final UnitService units;
    private final Memberships memberships;

    public CascadeController(CascadeViews views, PlanService plans, UnitService units, Memberships memberships) {
        this.views = views;
        this.plans = plans;
        this.units = units;
        this.memberships = memberships;
    }

    @GetMapping("/api/plans/{id}/cascade")
    @Operation(summary = "Tình hình xây dựng kế hoạch của các đơn vị cấp dưới, mọi cấp, có số liệu theo cấp và trạng thái")
    public CascadeView cascade(@PathVariable Long id) {
        Plan plan = plans.get(id);
        String userId = SecurityContextHolder.getContext().getAuthentication().getName();
        requireWatcher(plan, userId);
        return views.of(plan, units.get(plan.getIssuingUnitId()).getName());
    }

    private void requireWatcher(Plan plan, String userId) {
        if (userId.equals(plan.getSignerId()) || userId.equals(plan.getDrafterId()) || memberships.isAdmin(userId)) {
            return;
        }
        Set<String> mine = memberships.unitIds(userId);
        if (mine.contains(plan.getIssuingUnitId()) || mine.contains(plan.getDraftingUnitId())
                || mine.contains(units.officeOf(plan.getIssuingUnitId()).getId())) {
            return;
        }
        throw new ForbiddenException("Chỉ cơ quan ban hành, văn phòng và đơn vị soạn thảo của kế hoạch mới theo dõi được kế hoạch cấp dưới");
    }
}
