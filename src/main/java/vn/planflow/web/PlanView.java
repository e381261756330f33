package vn.planflow.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.planflow.distribution.Distribution;
import vn.planflow.plan.AppendixRow;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanComment;
import vn.planflow.plan.PlanDecision;
import vn.planflow.plan.PlanSection;
import vn.planflow.plan.PlanSteps;

/** A plan as the API shows it: content, status, number, history and every recipient's status. */
public record PlanView(Long id, String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
                       String status, String statusLabel, String draftingUnitId, String issuingUnitId,
                       String drafterId, String signerId, Integer number, String code, LocalDate issuedOn,
                       boolean documentAvailable, List<String> legalBases, List<SectionView> sections,
                       List<AppendixRow> appendix, List<RecipientView> recipients, List<String> consultedUnitIds,
                       LocalDate consultationDue, List<CommentView> comments, List<DecisionView> history,
                       List<DistributionView> distribution) {

    static PlanView of(Plan p, List<PlanComment> comments, List<PlanDecision> history, List<Distribution> sent) {
        return new PlanView(p.getId(), p.getTitle(), p.getPeriodLabel(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getStatus().name(), p.getStatus().label(), p.getDraftingUnitId(), p.getIssuingUnitId(),
                p.getDrafterId(), p.getSignerId(), p.getNumber(), p.getCode(), p.getIssuedOn(),
                p.getDocumentFileId() != null, p.getLegalBases(),
                p.getSections().stream().map(SectionView::of).toList(), p.getAppendix(),
                p.getRecipients().stream().map(r -> new RecipientView(r.getUnitId(), r.getName(), r.getPurpose().name(),
                        r.isChildPlanDemanded(), r.getChildPlanDue())).toList(),
                p.getConsultedUnitIds(), p.getConsultationDue(), comments.stream().map(CommentView::of).toList(),
                history.stream().map(DecisionView::of).toList(), sent.stream().map(DistributionView::of).toList());
    }

    /** The short form for lists. */
    public record Summary(Long id, String title, String status, String statusLabel, String code, LocalDate issuedOn,
                          String draftingUnitId, String issuingUnitId) {
        static Summary of(Plan p) {
            return new Summary(p.getId(), p.getTitle(), p.getStatus().name(), p.getStatus().label(), p.getCode(),
                    p.getIssuedOn(), p.getDraftingUnitId(), p.getIssuingUnitId());
        }
    }

    public record SectionView(String part, String heading, String unitId, String body) {
        static SectionView of(PlanSection s) {
            return new SectionView(s.getPart().name(), s.getHeading(), s.getUnitId(), s.getBody());
        }
    }

    /** childPlanDemanded: the unit must issue its own plan by childPlanDue (null: the default). */
    public record RecipientView(String unitId, String name, String purpose, boolean childPlanDemanded,
                                LocalDate childPlanDue) {
    }

    public record CommentView(Long id, String unitId, String unitName, String authorName, boolean agrees,
                              boolean silent, String text, String resolution, String answer) {
        static CommentView of(PlanComment c) {
            return new CommentView(c.getId(), c.getUnitId(), c.getUnitName(), c.getAuthorName(), c.isAgrees(),
                    c.isSilent(), c.getText(), c.getResolution(), c.getAnswer());
        }
    }

    public record DecisionView(String step, String stepLabel, String decision, String decisionLabel, String comment,
                               String actorId, String actorName, LocalDateTime at) {
        static DecisionView of(PlanDecision d) {
            return new DecisionView(d.getStep(), PlanSteps.label(d.getStep()), d.getDecision(),
                    PlanSteps.decisionLabel(d.getDecision()), d.getComment(), d.getActorId(), d.getActorName(),
                    d.getDecidedAt());
        }
    }

    public record DistributionView(Long id, String unitId, String name, String purpose, boolean onSystem,
                                   String status, String statusLabel, LocalDate acknowledgeDue,
                                   LocalDateTime acknowledgedAt, String acknowledgedBy, String incomingNumber,
                                   String handlerName, int reminders) {
        static DistributionView of(Distribution d) {
            return new DistributionView(d.getId(), d.getRecipientUnitId(), d.getRecipientName(), d.getPurpose(),
                    d.isOnSystem(), d.getStatus().name(), d.getStatus().label(), d.getAcknowledgeDue(),
                    d.getAcknowledgedAt(), d.getAcknowledgedBy(), d.getIncomingNumber(), d.getHandlerName(),
                    d.getReminderCount());
        }
    }
}
