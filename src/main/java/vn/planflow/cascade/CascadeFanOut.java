package vn.planflow.cascade;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.calendar.WorkingCalendar;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanRecipient;
import vn.planflow.plan.PlanService;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * On issuance: one demand row and one ChildPlanTracking instance per demanded unit, in the issuing
 * job's transaction. The drafts themselves are made by each instance's own asynchronous first step,
 * so one failing unit is one incident and the others go on. A retry finds the demands made.
 */
@Service
@Transactional
public class CascadeFanOut {
    public static final String PROCESS = "ChildPlanTracking";
    private final ChildPlanDemandRepository demands;
    private final PlanService plans;
    private final PlanLineageService lineage;
    private final UnitService units;
    private final WorkingCalendar calendar;
    private final TrackingSchedule schedule;
    private final CascadeSettings settings;
    private final ChildDraftComposer composer;
    private final RuntimeService runtimeService;

    public CascadeFanOut(ChildPlanDemandRepository demands, PlanService plans, PlanLineageService lineage,
                         UnitService units, WorkingCalendar calendar, TrackingSchedule schedule,
                         CascadeSettings settings, ChildDraftComposer composer, RuntimeService runtimeService) {
        this.demands = demands;
        this.plans = plans;
        this.lineage = lineage;
        this.units = units;
        this.calendar = calendar;
        this.schedule = schedule;
        this.settings = settings;
        this.composer = composer;
        this.runtimeService = runtimeService;
    }

    public int fanOut(Long planId) {
        Plan plan = plans.get(planId);
        Plan replaced = plan.getReplacesPlanId() == null ? null : plans.get(plan.getReplacesPlanId());
        String parentOffice = units.officeOf(plan.getIssuingUnitId()).getId();
        int started = 0;
        for (PlanRecipient r : plan.getRecipients()) {
            if (!r.isChildPlanDemanded() || r.getUnitId() == null
                    || demands.findByParentPlanIdAndUnitId(planId, r.getUnitId()).isPresent()) {
                continue;
            }
            Unit unit = units.get(r.getUnitId());
            // Without a date of its own the unit gets the default; a date already passed stays, and is late at once.
            LocalDate due = r.getChildPlanDue() != null ? r.getChildPlanDue()
                    : calendar.addWorkingDays(plan.getIssuedOn(), settings.getDefaultDueWorkingDays());
            ChildPlanDemand demand = demands.save(new ChildPlanDemand(planId, unit.getId(), unit.getName(),
                    unit.getLevel() == null ? null : unit.getLevel().name(), unit.isOnSystem() && unit.isActive(), due,
                    CascadeTime.now()));
            if (replaced != null) {
                takeOver(replaced, plan, demand);
            }
            startTracking(plan, parentOffice, demand);
            started++;
        }
        return started;
    }

    /**
     * A replacement demanding a unit whose draft under the old plan is still open takes that draft
     * over: the work stays, the citation and the due date become the replacement's.
     */
    private void takeOver(Plan old, Plan replacement, ChildPlanDemand demand) {
        ChildPlanDemand previous = demands.findByParentPlanIdAndUnitId(old.getId(), demand.getUnitId()).orElse(null);
        if (previous == null || previous.getStatus() != DemandStatus.STARTED || previous.getChildPlanId() == null
                || !plans.get(previous.getChildPlanId()).getStatus().open()) {
            return;
        }
        lineage.relinkParent(previous.getChildPlanId(), replacement.getId(), demand.getId(), composer.citation(old),
                composer.citation(replacement));
        demand.started(previous.getChildPlanId(), previous.getDraftingUnitId(), CascadeTime.now());
        previous.end(DemandStatus.TRANSFERRED, "Chuyển sang Kế hoạch số " + replacement.getCode(), CascadeTime.now());
    }

    private void startTracking(Plan plan, String parentOffice, ChildPlanDemand demand) {
        TrackingSchedule.Times times = schedule.of(demand.getDueDate());
        Map<String, Object> vars = new HashMap<>();
        vars.put("demandId", demand.getId());
        vars.put("planId", plan.getId());
        vars.put("childUnitId", demand.getUnitId());
        vars.put("parentOfficeUnitId", parentOffice);
        vars.put("dueAt", times.dueAt());
        vars.put("remindAt", times.remindAt());
        vars.put("remindEnabled", times.remindEnabled());
        vars.put("followAgain", false);
        demand.linkProcess(runtimeService.startProcessInstanceByKey(PROCESS, String.valueOf(plan.getId()), vars).getId());
    }
}
