package vn.planflow.cascade;

import vn.planflow.support.EngineAsApplication;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanService;
import vn.planflow.support.NotFoundException;

/**
 * What happens to a demand while it is followed. The parent's tracking hears of its child by
 * message in the same transaction as the child's issuance, never by polling.
 */
@Service
@Transactional
public class DemandTracking {
    public static final String CHILD_ISSUED = "Message_ChildPlanIssued";
    public static final String PLAN_RECALLED = "Message_PlanRecalled";
    private final ChildPlanDemandRepository demands;
    private final PlanService plans;
    private final PlanLineageService lineage;
    private final RuntimeService runtimeService;
    private final EngineAsApplication system;

    public DemandTracking(ChildPlanDemandRepository demands, PlanService plans, PlanLineageService lineage,
                          RuntimeService runtimeService, EngineAsApplication system) {
        this.demands = demands;
        this.plans = plans;
        this.lineage = lineage;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    public ChildPlanDemand get(Long demandId) {
        return demands.findById(demandId)
                .orElseThrow(() -> new NotFoundException("demandId", "Không có yêu cầu xây dựng kế hoạch số " + demandId));
    }

    /** A plan was issued; if a parent demanded it, the parent's tracking learns it now. */
    public void childIssued(Plan child) {
        if (child.getChildDemandId() == null) {
            return;
        }
        ChildPlanDemand demand = demands.findById(child.getChildDemandId()).orElse(null);
        if (demand == null) {
            return;
        }
        if (demand.getStatus() == DemandStatus.ISSUED) {
            // the replacement of an already issued child: the parent sees the newer number
            demand.issued(child.getId(), child.getCode(), child.getIssuedOn(), false, null, null, CascadeTime.now());
            return;
        }
        if (!demand.getStatus().open()) {
            return;
        }
        demand.issued(child.getId(), child.getCode(), child.getIssuedOn(), false, null, null, CascadeTime.now());
        // the fan-out stored the tracking's instance id with the demand: no search among the parent's trackings
        system.run(() -> runtimeService.createMessageCorrelation(CHILD_ISSUED)
                .processInstanceId(demand.getProcessInstanceId())
                .correlateAllWithResult());
    }

    /** The parent was withdrawn: open demands end, every tracking of the parent is told. */
    public void parentWithdrawn(Long parentPlanId, String reason) {
        for (ChildPlanDemand d : demands.findByParentPlanIdOrderByUnitName(parentPlanId)) {
            if (d.getStatus().open()) {
                d.end(DemandStatus.CANCELLED, reason, CascadeTime.now());
            }
        }
        system.run(() -> runtimeService.createMessageCorrelation(PLAN_RECALLED)
                .processInstanceBusinessKey(String.valueOf(parentPlanId))
                .correlateAllWithResult());
    }

    /**
     * Task_CancelChildPlan: stops the child's draft unless it was handed over to the replacement.
     * Returns whether the child unit has a draft to be told about.
     */
    public boolean settleAfterWithdrawal(Long demandId) {
        ChildPlanDemand demand = get(demandId);
        if (demand.getChildPlanId() == null) {
            return false;
        }
        if (demand.getStatus() == DemandStatus.TRANSFERRED) {
            return true;
        }
        Plan child = plans.get(demand.getChildPlanId());
        if (child.getStatus().open() && child.getProcessInstanceId() != null) {
            runtimeService.deleteProcessInstanceIfExists(child.getProcessInstanceId(),
                    "Kế hoạch cấp trên đã được thu hồi", false, true, false, false);
        }
        lineage.cancel(child.getId(), demand.getNote());
        return true;
    }

    public void reminded(Long demandId) {
        get(demandId).reminded(CascadeTime.now());
    }

    public void escalated(Long demandId) {
        get(demandId).escalated(CascadeTime.now());
    }

    public LocalDate today() {
        return CascadeTime.today();
    }
}
