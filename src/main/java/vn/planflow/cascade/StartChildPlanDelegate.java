package vn.planflow.cascade;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.planflow.support.ProcessIds;

/** Task_StartChildPlan: the child's draft and process, in this instance's own job (its own incident). */
@Component("startChildPlanDelegate")
public class StartChildPlanDelegate implements JavaDelegate {
    private final ChildPlanStarter starter;

    public StartChildPlanDelegate(ChildPlanStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChildPlanStarter.Started started = starter.start(ProcessIds.longVariable(execution, "demandId"));
        execution.setVariable("trackingMode", started.mode());
        execution.setVariable("childDraftingUnitId", started.draftingUnitId());
        execution.setVariable("childOfficeUnitId", started.officeUnitId());
    }
}
