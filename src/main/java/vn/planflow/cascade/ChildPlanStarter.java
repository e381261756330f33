package vn.planflow.cascade;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanService;
import vn.planflow.support.NotFoundException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * Task_StartChildPlan: the demanded unit's pre-filled draft and its own PlanIssuance, started in
 * the unit; or, for a unit outside the system, the note that its paper plan is awaited. Runs again
 * harmlessly after a failure or when the demand was handed over from a replaced plan.
 */
@Service
@Transactional
public class ChildPlanStarter {
    private final ChildPlanDemandRepository demands;
    private final PlanService plans;
    private final PlanLineageService lineage;
    private final UnitService units;
    private final ChildDraftingUnits draftingUnits;
    private final ChildDraftComposer composer;
    private final RuntimeService runtimeService;

    public ChildPlanStarter(ChildPlanDemandRepository demands, PlanService plans, PlanLineageService lineage,
                            UnitService units, ChildDraftingUnits draftingUnits, ChildDraftComposer composer,
                            RuntimeService runtimeService) {
        this.demands = demands;
        this.plans = plans;
        this.lineage = lineage;
        this.units = units;
        this.draftingUnits = draftingUnits;
        this.composer = composer;
        this.runtimeService = runtimeService;
    }

    /** mode: "system" (a draft runs), "paper" (outside the system) or "none" (nothing to follow). */
    public record Started(String mode, String draftingUnitId, String officeUnitId) {
    }

    public Started start(Long demandId) {
        ChildPlanDemand demand = demands.findById(demandId)
                .orElseThrow(() -> new NotFoundException("demandId", "Không có yêu cầu xây dựng kế hoạch số " + demandId));
        Unit unit = units.get(demand.getUnitId());
        String office = units.officeOf(unit.getId()).getId();
        switch (demand.getStatus()) {
            case STARTED:
                return new Started("system", demand.getDraftingUnitId(), office);
            case OUTSIDE_SYSTEM:
                return new Started("paper", unit.getId(), office);
            case PENDING:
                break;
            default:
                return new Started("none", unit.getId(), office);
        }
        if (!demand.isOnSystem()) {
            demand.outsideSystem(CascadeTime.now());
            return new Started("paper", unit.getId(), office);
        }
        Plan parent = plans.get(demand.getParentPlanId());
        Unit drafting = draftingUnits.forDemand(unit, units.get(parent.getDraftingUnitId()));
        Plan draft = lineage.createChild(composer.compose(parent, unit, drafting), drafting.getId(), parent.getId(),
                demandId, "Theo Kế hoạch số " + parent.getCode() + " của " + units.get(parent.getIssuingUnitId())
                        .getShortName() + "; hạn ban hành " + DocumentFormats.shortDate(demand.getDueDate()));
        runtimeService.startProcessInstanceByKey("PlanIssuance", String.valueOf(draft.getId()),
                Map.of("planId", draft.getId()));
        demand.started(draft.getId(), drafting.getId(), CascadeTime.now());
        return new Started("system", drafting.getId(), office);
    }
}
