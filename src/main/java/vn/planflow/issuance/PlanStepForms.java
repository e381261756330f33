package vn.planflow.issuance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.planflow.plan.ConsultationService;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanComment;
import vn.planflow.plan.PlanForms;
import vn.planflow.plan.PlanMarkdown;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanSteps;
import vn.planflow.support.FormValues;

/** Prefills each step's form as task-local variables, so nothing of the plan lands in the process. */
@Component
public class PlanStepForms {
    private final PlanService plans;
    private final PlanForms planForms;
    private final PlanMarkdown markdown;
    private final ConsultationService consultation;

    public PlanStepForms(PlanService plans, PlanForms planForms, PlanMarkdown markdown,
                         ConsultationService consultation) {
        this.plans = plans;
        this.planForms = planForms;
        this.markdown = markdown;
        this.consultation = consultation;
    }

    public void fill(DelegateTask task, Long planId) {
        task.setVariablesLocal(variables(task.getTaskDefinitionKey(), planId));
    }

    /** Also used by the domain API to refresh an editing task after the plan was saved directly. */
    public Map<String, Object> variables(String step, Long planId) {
        Plan plan = plans.get(planId);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("previewUrl", "/api/plans/" + planId + "/preview");
        v.put("historyMarkdown", markdown.history(plans.history(planId)));
        switch (step) {
            case PlanSteps.WRITE, PlanSteps.REVISE -> {
                v.putAll(planForms.editVariables(plan));
                v.put("historyMarkdown", markdown.history(plans.history(planId)) + "\n\n"
                        + markdown.comments(consultation.comments(planId)));
            }
            case PlanSteps.SYNTHESISE -> {
                v.put("draftMarkdown", markdown.draft(plan));
                v.put("commentAnswers", FormValues.json(openComments(planId)));
            }
            case PlanSteps.ISSUE -> {
                v.put("draftMarkdown", markdown.draft(plan));
                v.put("copies", plan.getCopies() == null ? 1 : plan.getCopies());
                v.put("issueNote", null);
                v.put("confirmIssue", false);
            }
            default -> {
                v.put("draftMarkdown", markdown.draft(plan));
                v.put("commentsMarkdown", markdown.comments(consultation.comments(planId)));
                // Comment fields stay task-local: only the decision itself is routed on.
                for (String key : List.of("headComment", "formCheckComment", "signerComment", "commentText",
                        "consultationAnswer")) {
                    v.put(key, null);
                }
            }
        }
        return v;
    }

    private List<Map<String, Object>> openComments(Long planId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanComment c : consultation.comments(planId)) {
            if (c.needsAnswer()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("commentId", c.getId());
                row.put("unitName", c.getUnitName());
                row.put("text", c.getText());
                row.put("resolution", c.getResolution());
                row.put("answer", c.getAnswer());
                rows.add(row);
            }
        }
        return rows;
    }
}
