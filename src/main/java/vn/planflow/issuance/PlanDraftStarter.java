package vn.planflow.issuance;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanService;
import vn.planflow.support.Actors;
import vn.planflow.support.ConflictException;
import vn.planflow.support.FormValues;

/**
 * Start of PlanIssuance. From the domain API the plan exists already ({@code planId} given);
 * from the Tasklist start form it is created here from the title and period typed in.
 */
@Component("planDraftStarter")
public class PlanDraftStarter implements ExecutionListener {
    private final PlanService plans;
    private final PlanRouting routing;
    private final IdentityService identityService;

    public PlanDraftStarter(PlanService plans, PlanRouting routing, IdentityService identityService) {
        this.plans = plans;
        this.routing = routing;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object planId = execution.getVariable("planId");
        Plan plan;
        if (planId == null) {
            String drafter = Actors.current(identityService, (String) execution.getVariable("initiator"));
            var vars = execution.getVariables();
            plan = plans.create(new PlanContent(FormValues.text(vars, "title"), FormValues.text(vars, "periodLabel"),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null), drafter);
            execution.removeVariable("title");
            execution.removeVariable("periodLabel");
            execution.setProcessBusinessKey(String.valueOf(plan.getId()));
        } else {
            plan = plans.get(((Number) planId).longValue());
            // Camunda REST lets any drafter start PlanIssuance with any planId: never a second process.
            if (plan.getProcessInstanceId() != null) {
                throw new ConflictException("planId", "Kế hoạch số " + plan.getId() + " đã có quy trình soạn thảo");
            }
        }
        plans.linkProcess(plan.getId(), execution.getProcessInstanceId());
        routing.write(execution, plan);
    }
}
