package vn.planflow.issuance;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.Actors;

/**
 * The one listener on every PlanIssuance user task. On create it sets the plan's status (the form
 * is filled when it is opened, by {@link PlanStepForms}); on complete it hands the submitted form
 * to the step's handler, which saves it in the plan's tables.
 */
@Component("planTaskListener")
public class PlanTaskListener implements TaskListener {
    private static final Map<String, PlanStatus> STATUS = Map.of(
            PlanSteps.WRITE, PlanStatus.DRAFTING, PlanSteps.REVIEW, PlanStatus.HEAD_REVIEW,
            PlanSteps.COMMENT, PlanStatus.CONSULTATION, PlanSteps.SYNTHESISE, PlanStatus.SYNTHESIS,
            PlanSteps.REVISE, PlanStatus.REVISION, PlanSteps.CHECK, PlanStatus.FORM_CHECK,
            PlanSteps.DECIDE, PlanStatus.SIGNING, PlanSteps.ISSUE, PlanStatus.ISSUING);

    private final PlanService plans;
    private final DraftingSteps drafting;
    private final ReviewSteps review;
    private final IdentityService identityService;

    public PlanTaskListener(PlanService plans, DraftingSteps drafting, ReviewSteps review,
                            IdentityService identityService) {
        this.plans = plans;
        this.drafting = drafting;
        this.review = review;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Long planId = ((Number) task.getVariable("planId")).longValue();
        String step = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            plans.setStatus(planId, STATUS.get(step));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String actor = Actors.current(identityService, task.getAssignee());
        switch (step) {
            case PlanSteps.WRITE, PlanSteps.REVISE -> drafting.submitDraft(task, planId, actor);
            case PlanSteps.SYNTHESISE -> drafting.answerComments(task, planId, actor);
            case PlanSteps.COMMENT -> review.giveComment(task, planId, actor);
            case PlanSteps.REVIEW -> review.decide(task, planId, actor, "headDecision", "headComment", "approve", "return");
            case PlanSteps.CHECK -> review.decide(task, planId, actor, "formCheckDecision", "formCheckComment", "pass", "return");
            case PlanSteps.DECIDE -> {
                review.decide(task, planId, actor, "signerDecision", "signerComment", "approve", "return", "reject");
                if ("approve".equals(task.getVariable("signerDecision"))) {
                    // a child plan due date that has passed meanwhile must be corrected before issuing
                    plans.checkChildDemands(planId, DraftingSteps.today());
                }
            }
            case PlanSteps.ISSUE -> review.confirmIssue(task, planId, actor);
            default -> throw new IllegalStateException("no handler for step " + step);
        }
    }
}
