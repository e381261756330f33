package vn.planflow.reporting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanAccess;
import vn.planflow.plan.PlanService;
import vn.planflow.support.NotFoundException;

/** The regime endpoints: set up, read (for those who may read the plan), ad hoc requests. */
@Service
@Transactional
public class RegimeApi {
    private final RegimeService regimes;
    private final RoundService rounds;
    private final ReportRepository reports;
    private final PlanService plans;
    private final PlanAccess planAccess;

    public RegimeApi(RegimeService regimes, RoundService rounds, ReportRepository reports, PlanService plans,
                     PlanAccess planAccess) {
        this.regimes = regimes;
        this.rounds = rounds;
        this.reports = reports;
        this.plans = plans;
        this.planAccess = planAccess;
    }

    public RegimeView configure(Long planId, RegimeRequest request, String userId) {
        return view(regimes.configure(planId, request, userId));
    }

    @Transactional(readOnly = true)
    public RegimeView get(Long planId, String userId) {
        Plan plan = plans.get(planId);
        planAccess.requireVisible(plan, userId);
        return view(regimes.forPlan(planId).orElseThrow(() ->
                new NotFoundException("planId", "Kế hoạch chưa có chế độ báo cáo")));
    }

    public RegimeView.RoundView adHoc(Long planId, AdHocRequest request, String userId) {
        return roundView(rounds.openAdHoc(planId, request, userId));
    }

    private RegimeView view(ReportingRegime regime) {
        List<RegimeView.RoundView> list = rounds.ofRegime(regime.getId()).stream().map(this::roundView).toList();
        return RegimeView.of(regime, list);
    }

    private RegimeView.RoundView roundView(ReportingRound r) {
        Long top = reports.findByRoundIdOrderByDepthAscIdAsc(r.getId()).stream().findFirst().map(Report::getId)
                .orElse(null);
        return new RegimeView.RoundView(r.getId(), r.getPeriodKey(), r.getLabel(), r.getKind().name(),
                r.getWindowStart(), r.getCutOff(), r.getTopDue(), r.isCancelled(), r.getRequestedBy(),
                r.getRequestNote(), top);
    }
}
