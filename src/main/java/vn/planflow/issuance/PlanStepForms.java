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
import vn.planflow.support.FormPrefill;
import vn.planflow.support.FormValues;
import vn.planflow.support.ProcessIds;

/**
 * What each PlanIssuance step's form shows and asks, read from the plan when the form is opened or
 * submitted (ADR 0012), so nothing of the plan is stored in the engine's variables.
 */
@Component
public class PlanStepForms implements FormPrefill {
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

    @Override
    public String processKey() {
        return "PlanIssuance";
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        return variables(task.getTaskDefinitionKey(), ProcessIds.planId(task));
    }

    /** Exactly what the step's form shows and asks (forms/form_*.form), so a step reads only its own. */
    Map<String, Object> variables(String step, Long planId) {
        Plan plan = plans.get(planId);
        Map<String, Object> v = new LinkedHashMap<>();
        switch (step) {
            case PlanSteps.WRITE -> v.putAll(planForms.editVariables(plan));
            case PlanSteps.REVISE -> {
                v.putAll(planForms.editVariables(plan));
                v.put("historyMarkdown", history(planId) + "\n\n" + comments(planId));
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
            case PlanSteps.REVIEW -> decision(v, plan, history(planId), null, "headComment");
            case PlanSteps.COMMENT -> decision(v, plan, null, null, "consultationAnswer", "commentText");
            case PlanSteps.CHECK -> decision(v, plan, null, comments(planId), "formCheckComment");
            default -> decision(v, plan, history(planId), comments(planId), "signerComment");
        }
        return v;
    }

    /**
     * A step that decides on the draft: the draft, its printable preview, history and comments when
     * the form shows them, and the person's own fields as empty task-local variables, so what they
     * write stays on this task and only the decision itself is routed on.
     */
    private void decision(Map<String, Object> v, Plan plan, String history, String comments, String... ownFields) {
        v.put("draftMarkdown", markdown.draft(plan));
        v.put("previewUrl", "/api/plans/" + plan.getId() + "/preview");
        if (history != null) {
            v.put("historyMarkdown", history);
        }
        if (comments != null) {
            v.put("commentsMarkdown", comments);
        }
        for (String field : ownFields) {
            v.put(field, null);
        }
    }

    private String history(Long planId) {
        return markdown.history(plans.history(planId));
    }

    private String comments(Long planId) {
        return markdown.comments(consultation.comments(planId));
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
