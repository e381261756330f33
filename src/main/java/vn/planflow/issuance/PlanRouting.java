package vn.planflow.issuance;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;
import vn.planflow.plan.Plan;
import vn.planflow.unit.UnitService;

/** Writes the few process variables the PlanIssuance model routes on; the rest stays in the plan. */
@Component
public class PlanRouting {
    private final UnitService units;
    private final DueDates dueDates;

    public PlanRouting(UnitService units, DueDates dueDates) {
        this.units = units;
        this.dueDates = dueDates;
    }

    public void write(VariableScope scope, Plan plan) {
        scope.setVariable("planId", plan.getId());
        scope.setVariable("drafterId", plan.getDrafterId());
        scope.setVariable("draftingUnitId", plan.getDraftingUnitId());
        scope.setVariable("issuingUnitId", plan.getIssuingUnitId());
        scope.setVariable("officeUnitId", units.officeOf(plan.getIssuingUnitId()).getId());
        scope.setVariable("signerId", plan.getSignerId());
        scope.setVariable("consultedUnitIds", new ArrayList<>(plan.getConsultedUnitIds()));
        scope.setVariable("consultationDue",
                plan.getConsultationDue() == null ? null : dueDates.endOfDay(plan.getConsultationDue()));
        scope.setVariable("consultationPending", plan.consultationPending());
    }
}
