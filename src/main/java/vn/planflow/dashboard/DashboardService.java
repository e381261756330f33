package vn.planflow.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.cascade.CascadeView;
import vn.planflow.cascade.CascadeViews;
import vn.planflow.identity.Memberships;
import vn.planflow.obligation.Obligation;
import vn.planflow.obligation.ObligationRepository;
import vn.planflow.obligation.ObligationStatus;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.reporting.Report;
import vn.planflow.reporting.ReportRepository;
import vn.planflow.reporting.ReportStatus;
import vn.planflow.reporting.ReportingRegimeRepository;
import vn.planflow.reporting.ReportingRound;
import vn.planflow.reporting.ReportingRoundRepository;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * Builds the dashboard of a plan for one person. Scope: the plan's issuing unit is one of the
 * person's units or lies below one of them (leaders above see the plans of the units they
 * direct); anyone else gets 403, even a unit the plan was sent to.
 */
@Service
public class DashboardService {
    private final PlanService plans;
    private final UnitService units;
    private final Memberships memberships;
    private final CascadeViews cascades;
    private final ReportingRegimeRepository regimes;
    private final ReportingRoundRepository rounds;
    private final ReportRepository reports;
    private final ObligationRepository obligations;

    public DashboardService(PlanService plans, UnitService units, Memberships memberships, CascadeViews cascades,
                            ReportingRegimeRepository regimes, ReportingRoundRepository rounds,
                            ReportRepository reports, ObligationRepository obligations) {
        this.plans = plans;
        this.units = units;
        this.memberships = memberships;
        this.cascades = cascades;
        this.regimes = regimes;
        this.rounds = rounds;
        this.reports = reports;
        this.obligations = obligations;
    }

    @Transactional(readOnly = true)
    public DashboardView of(Long planId, String userId) {
        Plan plan = plans.get(planId);
        requireInScope(plan, userId);
        String issuer = units.get(plan.getIssuingUnitId()).getName();
        CascadeView cascade = cascades.of(plan, issuer);
        return new DashboardView(plan.getId(), plan.getCode(), plan.getTitle(), issuer, plan.getStatus().name(),
                cascade, compliance(planId), overdue(planId, cascade));
    }

    void requireInScope(Plan plan, String userId) {
        if (memberships.isAdmin(userId)) {
            return;
        }
        for (String mine : memberships.unitIds(userId)) {
            if (units.isAtOrBelow(plan.getIssuingUnitId(), mine)) {
                return;
            }
        }
        throw new ForbiddenException("Kế hoạch này do " + units.get(plan.getIssuingUnitId()).getName()
                + " ban hành, không thuộc đơn vị của bạn hoặc đơn vị cấp dưới: bạn không xem được bảng điều hành");
    }

    /** Every report owed to a collecting unit counts once: in on time, in late, or not in yet. */
    private List<DashboardView.RoundCompliance> compliance(Long planId) {
        List<DashboardView.RoundCompliance> result = new ArrayList<>();
        regimes.findByPlanId(planId).ifPresent(regime -> {
            for (ReportingRound round : rounds.findByRegimeIdOrderByIdAsc(regime.getId())) {
                int onTime = 0;
                int late = 0;
                int missing = 0;
                for (Report r : reports.findByRoundIdOrderByDepthAscIdAsc(round.getId())) {
                    if (r.getParentReportId() == null || r.getStatus() == ReportStatus.CANCELLED) {
                        continue;
                    }
                    if (!r.getStatus().isIn()) {
                        missing++;
                    } else if (r.isLate()) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
                result.add(new DashboardView.RoundCompliance(round.getId(), round.getLabel(), round.getKind().name(),
                        round.isCancelled(), onTime, late, missing));
            }
        });
        return result;
    }

    private List<DashboardView.UnitOverdue> overdue(Long planId, CascadeView cascade) {
        Set<Long> planIds = new LinkedHashSet<>(List.of(planId));
        collectChildPlans(cascade.children(), planIds);
        Map<String, int[]> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Long id : planIds) {
            for (Obligation o : obligations.findByPlanIdOrderByIdAsc(id)) {
                if (o.getStatus() == ObligationStatus.CANCELLED || o.getStatus() == ObligationStatus.UNTRACKED) {
                    continue;
                }
                String key = o.getLeadUnitId();
                names.putIfAbsent(key, o.getLeadUnitName());
                int[] c = byUnit.computeIfAbsent(key, k -> new int[3]);
                c[0] += o.getStatus() == ObligationStatus.OVERDUE ? 1 : 0;
                c[1] += o.getStatus() == ObligationStatus.OPEN ? 1 : 0;
                c[2]++;
            }
        }
        return byUnit.entrySet().stream()
                .map(e -> new DashboardView.UnitOverdue(e.getKey(), names.get(e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .sorted((a, b) -> b.overdue() != a.overdue() ? b.overdue() - a.overdue()
                        : a.unitName().compareTo(b.unitName()))
                .toList();
    }

    private static void collectChildPlans(List<CascadeView.Node> nodes, Set<Long> into) {
        for (CascadeView.Node n : nodes) {
            if (n.childPlanId() != null) {
                into.add(n.childPlanId());
            }
            collectChildPlans(n.children(), into);
        }
    }
}
