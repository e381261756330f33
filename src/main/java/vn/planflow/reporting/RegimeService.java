package vn.planflow.reporting;

import vn.planflow.support.EngineAsApplication;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;

/**
 * A plan's reporting regime: set up by its drafter (on the draft or after issuance), started when
 * the plan is out, and stepped from one period to the next by the ReportingRegime process.
 */
@Service
@Transactional
public class RegimeService {
    private final ReportingRegimeRepository regimes;
    private final PlanService plans;
    private final Memberships memberships;
    private final ReportTree tree;
    private final ReportingSchedule schedule;
    private final RoundProcesses processes;
    private final EngineAsApplication system;
    private final ReportingRoundRepository rounds;
    private final ReportRepository reports;

    public RegimeService(ReportingRegimeRepository regimes, PlanService plans, Memberships memberships,
                         ReportTree tree, ReportingSchedule schedule, RoundProcesses processes,
                         EngineAsApplication system, ReportingRoundRepository rounds, ReportRepository reports) {
        this.regimes = regimes;
        this.plans = plans;
        this.memberships = memberships;
        this.tree = tree;
        this.schedule = schedule;
        this.processes = processes;
        this.system = system;
        this.rounds = rounds;
        this.reports = reports;
    }

    /** Creates or replaces the regime while it has not started; starts it at once on an issued plan. */
    public ReportingRegime configure(Long planId, RegimeRequest request, String actor) {
        Plan plan = plans.get(planId);
        if (!actor.equals(plan.getDrafterId()) && !memberships.has(actor, plan.getDraftingUnitId(), Role.HEAD)
                && !memberships.isAdmin(actor)) {
            throw new ForbiddenException("Chỉ chuyên viên soạn thảo hoặc lãnh đạo đơn vị soạn thảo mới thiết lập chế độ báo cáo");
        }
        if (plan.getStatus() != PlanStatus.ISSUED && !plan.getStatus().open()) {
            throw new ConflictException("planId", "Kế hoạch " + plan.getStatus().label().toLowerCase()
                    + ", không thiết lập chế độ báo cáo");
        }
        LocalDate end = RegimeRequest.requirePlanEnd(plan, EngineClock.today());
        ReportingRegime regime = regimes.findByPlanId(planId).orElseGet(() ->
                new ReportingRegime(planId, plan.getIssuingUnitId()));
        if (regime.getStatus() != RegimeStatus.CONFIGURED) {
            throw new ConflictException("planId", "Chế độ báo cáo của kế hoạch đã bắt đầu (" + regime.getStatus().label()
                    + "), không thay đổi được");
        }
        tree.build(plan.getIssuingUnitId(), request.unitIds());
        regime.configure(request.periodKinds(), request.ownDue(), request.unitIds(), request.figureList(),
                request.gap(), request.reminder(), actor, EngineClock.now());
        regime = regimes.save(regime);
        if (plan.getStatus() == PlanStatus.ISSUED) {
            activate(regime, end);
        }
        return regime;
    }

    /** PlanIssuedEvent: a regime set up on the draft starts now. Runs again harmlessly on a retry. */
    public void onPlanIssued(Long planId) {
        regimes.findByPlanId(planId).filter(r -> r.getStatus() == RegimeStatus.CONFIGURED).ifPresent(r -> {
            Plan plan = plans.get(planId);
            LocalDate end = plan.getPeriodEnd() != null ? plan.getPeriodEnd()
                    : LocalDate.of(EngineClock.today().getYear(), 12, 31);
            activate(r, end);
        });
    }

    /**
     * PlanRecalledEvent: the regime and every round still running get Message_PlanRecalled. A
     * replacement plan (issued just before) takes over the same regime from its next period.
     */
    public void onPlanWithdrawn(Long planId, Long replacementPlanId) {
        ReportingRegime old = regimes.findByPlanId(planId).orElse(null);
        if (old == null) {
            return;
        }
        // Usually inside the recalling leader's request: the engine calls run as the application.
        system.call(() -> {
            processes.recall(old.getProcessInstanceId());
            for (ReportingRound round : rounds.findByRegimeIdOrderByIdAsc(old.getId())) {
                reports.findByRoundIdOrderByDepthAscIdAsc(round.getId()).stream().filter(Report::isCollector)
                        .forEach(r -> processes.recall(r.getProcessInstanceId()));
            }
            return null;
        });
        if (replacementPlanId != null && regimes.findByPlanId(replacementPlanId).isEmpty()) {
            Plan replacement = plans.get(replacementPlanId);
            ReportingRegime copy = new ReportingRegime(replacementPlanId, replacement.getIssuingUnitId());
            copy.configure(old.getPeriods(), old.getOwnDue(), old.getReportingUnitIds(), old.getFigures(),
                    old.getLevelGapDays(), old.getReminderDays(), old.getConfiguredBy(), EngineClock.now());
            regimes.save(copy);
            onPlanIssued(replacementPlanId);
        }
    }

    private void activate(ReportingRegime regime, LocalDate planEnd) {
        regime.activate(EngineClock.today(), planEnd);
        regime.linkProcess(system.call(() -> processes.startRegime(regime.getPlanId(), regime.getId())));
    }

    /** The next period to open, or none once the plan's period is over or the regime has stopped. */
    public Optional<ReportingPeriod> planNext(Long regimeId) {
        ReportingRegime r = get(regimeId);
        if (r.getStatus() != RegimeStatus.ACTIVE) {
            return Optional.empty();
        }
        return schedule.next(r.getPeriods(), r.getOwnDue(), r.getActiveFrom(), r.getLastCutOff(), r.getLastKind(),
                r.getPlanEnd());
    }

    public void finish(Long regimeId, RegimeStatus status) {
        ReportingRegime r = get(regimeId);
        if (r.getStatus() == RegimeStatus.ACTIVE || r.getStatus() == RegimeStatus.CONFIGURED) {
            r.finish(status);
        }
    }

    @Transactional(readOnly = true)
    public ReportingRegime get(Long regimeId) {
        return regimes.findById(regimeId).orElseThrow(() ->
                new NotFoundException("regimeId", "Không có chế độ báo cáo số " + regimeId));
    }

    @Transactional(readOnly = true)
    public Optional<ReportingRegime> forPlan(Long planId) {
        return regimes.findByPlanId(planId);
    }
}
