package vn.planflow.plan;

import java.util.List;

/** A plan's stored content as the editable {@link PlanContent}, e.g. to start a replacement from it. */
public final class PlanContents {
    private PlanContents() {
    }

    public static PlanContent of(Plan p) {
        List<PlanContent.ImplementationItem> implementation = p.getSections().stream()
                .filter(s -> s.getPart() == SectionPart.IMPLEMENTATION)
                .map(s -> new PlanContent.ImplementationItem(s.getUnitId(), s.getHeading(), s.getBody())).toList();
        List<PlanContent.AppendixItem> appendix = p.getAppendix().stream()
                .map(r -> new PlanContent.AppendixItem(r.getContent(), r.getProduct(), r.getStartDate(),
                        r.getFinishDate(), r.getLeadUnit(), r.getSupportingUnits())).toList();
        List<PlanContent.RecipientItem> recipients = p.getRecipients().stream()
                .map(r -> new PlanContent.RecipientItem(r.getUnitId(), r.getName(), r.getPurpose(),
                        r.isChildPlanDemanded(), r.getChildPlanDue())).toList();
        return new PlanContent(p.getTitle(), p.getPeriodLabel(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getIssuingUnitId(), p.getSignerId(), p.getLegalBases(), text(p, SectionPart.PURPOSES),
                text(p, SectionPart.REQUIREMENTS), text(p, SectionPart.AUDIENCES), text(p, SectionPart.CONTENT),
                text(p, SectionPart.FORMS), text(p, SectionPart.TIMING), text(p, SectionPart.FUNDING),
                implementation, p.getClosing(), appendix, recipients, List.of(), null);
    }

    /** The body of one text section, or null. */
    public static String text(Plan p, SectionPart part) {
        return p.getSections().stream().filter(s -> s.getPart() == part).map(PlanSection::getBody)
                .findFirst().orElse(null);
    }
}
