package vn.planflow.issuance;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.planflow.plan.ConsultationService;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.FormValues;
import vn.planflow.support.ValidationException;

/** The steps where someone else judges the draft: head, consulted units, office, signer, clerk. */
@Component
public class ReviewSteps {
    private final PlanService plans;
    private final ConsultationService consultation;

    public ReviewSteps(PlanService plans, ConsultationService consultation) {
        this.plans = plans;
        this.consultation = consultation;
    }

    /** A decision among the allowed values; anything but the first needs a written reason. */
    void decide(DelegateTask task, Long planId, String actor, String decisionKey, String commentKey,
                String... allowed) {
        Map<String, Object> v = task.getVariables();
        String decision = FormValues.text(v, decisionKey);
        if (decision == null || !Arrays.asList(allowed).contains(decision)) {
            throw new ValidationException(decisionKey, "Hãy chọn một quyết định");
        }
        String comment = FormValues.text(v, commentKey);
        if (!decision.equals(allowed[0]) && comment == null) {
            throw new ValidationException(commentKey, "Khi trả lại hoặc không ban hành, phải ghi rõ ý kiến");
        }
        plans.recordDecision(planId, task.getTaskDefinitionKey(), decision, comment, actor);
    }

    void giveComment(DelegateTask task, Long planId, String actor) {
        Map<String, Object> v = task.getVariables();
        String answer = FormValues.text(v, "consultationAnswer");
        if (!"agree".equals(answer) && !"comment".equals(answer)) {
            throw new ValidationException("consultationAnswer", "Hãy chọn nhất trí hoặc có ý kiến góp ý");
        }
        String unitId = (String) task.getVariable("consultedUnitId");
        consultation.addComment(planId, unitId, actor, "agree".equals(answer), FormValues.text(v, "commentText"));
        plans.recordDecision(planId, PlanSteps.COMMENT, answer, FormValues.text(v, "commentText"), actor);
    }

    void confirmIssue(DelegateTask task, Long planId, String actor) {
        Map<String, Object> v = task.getVariables();
        if (!FormValues.flag(v, "confirmIssue")) {
            throw new ValidationException("confirmIssue", "Hãy xác nhận cấp số và phát hành");
        }
        Integer copies = FormValues.integer(v, "copies");
        plans.setCopies(planId, copies == null ? 1 : copies);
        plans.recordDecision(planId, PlanSteps.ISSUE, "issued", FormValues.text(v, "issueNote"), actor);
    }
}
