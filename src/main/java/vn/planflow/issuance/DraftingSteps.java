package vn.planflow.issuance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;
import vn.planflow.plan.ConsultationService;
import vn.planflow.plan.PlanForms;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.FormValues;
import vn.planflow.support.ValidationException;

/** The drafter's steps: writing or revising the draft, and answering the consultation comments. */
@Component
public class DraftingSteps {
    private final PlanService plans;
    private final PlanForms forms;
    private final ConsultationService consultation;
    private final PlanRouting routing;
    private final PlanStepForms stepForms;

    public DraftingSteps(PlanService plans, PlanForms forms, ConsultationService consultation, PlanRouting routing,
                         PlanStepForms stepForms) {
        this.plans = plans;
        this.forms = forms;
        this.consultation = consultation;
        this.routing = routing;
        this.stepForms = stepForms;
    }

    void submitDraft(DelegateTask task, Long planId, String actor) {
        // A child plan's first drafter is whoever of the drafting unit completes this step.
        plans.claimDraft(planId, actor);
        plans.update(planId, forms.read(stepForms.submitted(task)), actor);
        plans.checkReadyToSubmit(planId, today());
        plans.recordDecision(planId, task.getTaskDefinitionKey(), "submitted", null, actor);
        routing.write(task.getExecution(), plans.get(planId));
    }

    void answerComments(DelegateTask task, Long planId, String actor) {
        plans.requireDrafter(planId, actor);
        Map<Long, ConsultationService.Resolution> answers = new HashMap<>();
        for (Map<String, Object> row : FormValues.objectList(stepForms.submitted(task), "commentAnswers")) {
            Object id = row.get("commentId");
            if (id == null) {
                throw new ValidationException("commentAnswers", "Thiếu mã ý kiến trong bảng tổng hợp");
            }
            answers.put(((Number) (id instanceof String s ? Double.valueOf(s) : id)).longValue(),
                    new ConsultationService.Resolution(str(row.get("resolution")), str(row.get("answer"))));
        }
        consultation.resolve(planId, answers, actor);
        plans.recordDecision(planId, PlanSteps.SYNTHESISE, "answered", null, actor);
        task.getExecution().setVariable("consultationPending", false);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(DueDates.ZONE).toLocalDate();
    }
}
