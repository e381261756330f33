package vn.planflow.reporting;

import vn.planflow.support.EngineAsApplication;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.calendar.DueDates;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.NotFoundException;

/**
 * Opens a round: one report row per unit of the tree with the due date of its level, and one
 * ReportingRound process per collecting unit. Periodic rounds come from the regime's timer, ad
 * hoc ones from a leader of the top collecting unit; both run the same way.
 */
@Service
@Transactional
public class RoundService {
    private final ReportingRoundRepository rounds;
    private final ReportRepository reports;
    private final RegimeService regimes;
    private final ReportTree tree;
    private final ReportingSchedule schedule;
    private final RoundProcesses processes;
    private final EngineAsApplication system;
    private final ReportAccess access;
    private final PlanService plans;
    private final DueDates dueDates;

    public RoundService(ReportingRoundRepository rounds, ReportRepository reports, RegimeService regimes,
                        ReportTree tree, ReportingSchedule schedule, RoundProcesses processes, EngineAsApplication system,
                        ReportAccess access, PlanService plans, DueDates dueDates) {
        this.rounds = rounds;
        this.reports = reports;
        this.regimes = regimes;
        this.tree = tree;
        this.schedule = schedule;
        this.processes = processes;
        this.system = system;
        this.access = access;
        this.plans = plans;
        this.dueDates = dueDates;
    }

    /** The regime's timer fired. A retry, or a second firing, finds the round and does nothing. */
    public ReportingRound openPeriodic(Long regimeId, String periodKey) {
        ReportingRegime regime = regimes.get(regimeId);
        ReportingPeriod period = schedule.byKey(periodKey, regime.getOwnDue());
        ReportingRound round = rounds.findByRegimeIdAndPeriodKey(regimeId, periodKey)
                .orElseGet(() -> open(regime, period, null, null));
        regime.opened(period);
        return round;
    }

    public ReportingRound openAdHoc(Long planId, AdHocRequest request, String actor) {
        ReportingRegime regime = regimes.forPlan(planId).orElseThrow(() ->
                new NotFoundException("planId", "Kế hoạch chưa có chế độ báo cáo"));
        if (!access.isSigner(actor, regime.getRootUnitId())) {
            throw new ForbiddenException("Chỉ lãnh đạo của đơn vị tổng hợp cấp cao nhất mới yêu cầu báo cáo đột xuất");
        }
        if (regime.getStatus() != RegimeStatus.ACTIVE) {
            throw new ConflictException("planId", "Chế độ báo cáo của kế hoạch " + regime.getStatus().label().toLowerCase()
                    + ", không mở kỳ báo cáo mới");
        }
        Plan plan = plans.get(planId);
        LocalDate today = EngineClock.today();
        RegimeRequest.requirePlanEnd(plan, today);
        long number = rounds.countByRegimeIdAndKind(regime.getId(), PeriodKind.AD_HOC) + 1;
        ReportingPeriod period = request.period("AD-HOC-" + number, today);
        ReportTree.Shape shape = tree.build(regime.getRootUnitId(), regime.getReportingUnitIds());
        request.checkReachable(schedule.levelDues(period.cutOff(), period.topDue(), today, shape.maxDepth(),
                regime.getLevelGapDays()).get(0), period.topDue());
        return system.call(() -> open(regime, period, actor, request.note()));
    }

    private ReportingRound open(ReportingRegime regime, ReportingPeriod period, String requestedBy, String note) {
        ReportingRound round = rounds.save(new ReportingRound(regime, period, requestedBy, note, EngineClock.now()));
        LocalDate openedOn = EngineClock.today();
        ReportTree.Shape shape = tree.build(regime.getRootUnitId(), regime.getReportingUnitIds());
        List<LocalDate> dues = schedule.levelDues(period.cutOff(), period.topDue(), openedOn, shape.maxDepth(),
                regime.getLevelGapDays());
        Map<String, Report> byUnit = new HashMap<>();
        for (ReportTree.Node node : shape.nodes()) {
            Long parentId = node.parentUnitId() == null ? null : byUnit.get(node.parentUnitId()).getId();
            byUnit.put(node.unitId(), reports.save(new Report(round.getId(), node.unitId(), parentId,
                    node.collector(), node.depth(), dues.get(node.depth()))));
        }
        for (ReportTree.Node collector : shape.collectors()) {
            Report report = byUnit.get(collector.unitId());
            report.linkProcess(processes.startRound(start(regime, shape, collector, report, dues, openedOn)));
        }
        return round;
    }

    private RoundStart start(ReportingRegime regime, ReportTree.Shape shape, ReportTree.Node collector,
                             Report report, List<LocalDate> dues, LocalDate openedOn) {
        List<ReportTree.Node> children = shape.childrenOf(collector.unitId());
        Map<String, String> desks = tree.desksOf(children.stream().map(ReportTree.Node::unitId).toList());
        LocalDate childrenDue = dues.get(collector.depth() + 1);
        LocalDate ownDue = dues.get(collector.depth());
        LocalDate reviewDue = schedule.minusWorkingDays(ownDue, 1).isAfter(childrenDue)
                ? schedule.minusWorkingDays(ownDue, 1) : ownDue;
        return new RoundStart(regime.getPlanId(), report.getRoundId(), report.getId(), collector.unitId(),
                tree.deskOf(collector.unitId()),
                children.stream().filter(c -> !c.collector()).map(ReportTree.Node::unitId).toList(),
                children.stream().filter(ReportTree.Node::collector).map(ReportTree.Node::unitId).toList(),
                desks, dueDates.endOfDay(childrenDue),
                EngineClock.at(schedule.remindOn(childrenDue, regime.getReminderDays(), openedOn), EngineClock.REMINDS_AT),
                dueDates.endOfDay(reviewDue), dueDates.endOfDay(ownDue));
    }

    @Transactional(readOnly = true)
    public ReportingRound get(Long roundId) {
        return rounds.findById(roundId).orElseThrow(() ->
                new NotFoundException("roundId", "Không có kỳ báo cáo số " + roundId));
    }

    @Transactional(readOnly = true)
    public List<ReportingRound> ofRegime(Long regimeId) {
        return rounds.findByRegimeIdOrderByIdAsc(regimeId);
    }
}
