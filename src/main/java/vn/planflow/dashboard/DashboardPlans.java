package vn.planflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanRepository;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * The plans whose dashboard a person may open, for the start page: exactly the scope of
 * {@link DashboardService} (issued by one of the person's units or a unit below), newest first.
 * Only the person's own parts of the tree are read, one query per level.
 */
@Service
public class DashboardPlans {
    private final PlanRepository plans;
    private final UnitService units;
    private final Memberships memberships;

    public DashboardPlans(PlanRepository plans, UnitService units, Memberships memberships) {
        this.plans = plans;
        this.units = units;
        this.memberships = memberships;
    }

    /** One line of the start page. */
    public record Item(Long id, String code, String title, String status, String statusLabel, String issuingUnitId,
                       String issuingUnitName, LocalDate issuedOn) {
    }

    @Transactional(readOnly = true)
    public List<Item> visibleTo(String userId) {
        boolean admin = memberships.isAdmin(userId);
        Map<String, Unit> scope = new HashMap<>();
        if (admin) {
            units.all().forEach(u -> scope.put(u.getId(), u));
        } else {
            for (String root : memberships.unitIds(userId)) {
                units.find(root).ifPresent(u -> scope.put(u.getId(), u));
                units.descendants(root).forEach(u -> scope.put(u.getId(), u));
            }
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Plan> candidates = admin ? plans.findAllByOrderByIdDesc() : plans.findVisible(scope.keySet(), userId);
        List<Item> items = new ArrayList<>();
        for (Plan p : candidates) {
            Unit issuer = scope.get(p.getIssuingUnitId());
            if (issuer != null) {
                items.add(new Item(p.getId(), p.getCode(), p.getTitle(), p.getStatus().name(), p.getStatus().label(),
                        p.getIssuingUnitId(), issuer.getName(), p.getIssuedOn()));
            }
        }
        return items;
    }
}
