package vn.planflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The tree is read once and walked in memory, so a province leader costs two queries, not one per unit.
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
        Map<String, Unit> byId = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Unit u : units.all()) {
            byId.put(u.getId(), u);
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u.getId());
            }
        }
        boolean admin = memberships.isAdmin(userId);
        Set<String> scope = admin ? byId.keySet() : subtrees(memberships.unitIds(userId), children);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Plan> candidates = admin ? plans.findAllByOrderByIdDesc() : plans.findVisible(scope, userId);
        List<Item> items = new ArrayList<>();
        for (Plan p : candidates) {
            if (scope.contains(p.getIssuingUnitId())) {
                Unit issuer = byId.get(p.getIssuingUnitId());
                items.add(new Item(p.getId(), p.getCode(), p.getTitle(), p.getStatus().name(), p.getStatus().label(),
                        p.getIssuingUnitId(), issuer == null ? p.getIssuingUnitId() : issuer.getName(),
                        p.getIssuedOn()));
            }
        }
        return items;
    }

    private static Set<String> subtrees(Set<String> roots, Map<String, List<String>> children) {
        Set<String> found = new HashSet<>();
        List<String> queue = new ArrayList<>(roots);
        while (!queue.isEmpty()) {
            String id = queue.remove(queue.size() - 1);
            if (found.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
