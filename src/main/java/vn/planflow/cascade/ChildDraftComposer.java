package vn.planflow.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanContent;
import vn.planflow.plan.PlanContents;
import vn.planflow.plan.PlanSection;
import vn.planflow.plan.RecipientPurpose;
import vn.planflow.plan.SectionPart;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitKind;
import vn.planflow.unit.UnitService;

/**
 * The starting draft of a demanded child plan: it cites the parent in its legal basis, adapts the
 * title to the unit's area, copies the tasks the parent gave that unit or its level, and sends
 * the plan to the unit's own lower units and, for report, to the parent's issuer.
 */
@Component
public class ChildDraftComposer {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final UnitService units;

    public ChildDraftComposer(UnitService units) {
        this.units = units;
    }

    public PlanContent compose(Plan parent, Unit demanded, Unit drafting) {
        Unit parentIssuer = units.get(parent.getIssuingUnitId());
        String reference = "Kế hoạch số " + parent.getCode() + " ngày " + DocumentFormats.shortDate(parent.getIssuedOn())
                + " của " + parentIssuer.getShortName();
        String where = demanded.getKind() == UnitKind.COMMITTEE ? " trên địa bàn " + LevelMatcher.areaOf(demanded)
                : " tại " + demanded.getShortName();
        List<PlanContent.ImplementationItem> implementation = new ArrayList<>();
        if (!drafting.getId().equals(demanded.getId())) {
            implementation.add(new PlanContent.ImplementationItem(drafting.getId(), null, "Chủ trì, tham mưu "
                    + demanded.getShortName() + " tổ chức triển khai Kế hoạch; theo dõi, đôn đốc và tổng hợp, báo cáo kết quả thực hiện về "
                    + parentIssuer.getShortName() + "."));
        }
        return new PlanContent(adaptTitle(parent.getTitle(), demanded), parent.getPeriodLabel(), parent.getPeriodStart(),
                parent.getPeriodEnd(), demanded.getId(), null, List.of(citation(parent, parentIssuer)),
                "- Triển khai kịp thời, hiệu quả " + reference + where + ".",
                PlanContents.text(parent, SectionPart.REQUIREMENTS), null, tasksFor(parent, demanded, reference), null,
                PlanContents.text(parent, SectionPart.TIMING), null, implementation, null,
                appendixFor(parent, demanded), recipientsFor(demanded, parentIssuer), List.of(), null);
    }

    /** "Căn cứ Kế hoạch số 07/KH-UBND ngày 05/02/2026 của UBND tỉnh Ninh An về ..." */
    public String citation(Plan parent, Unit parentIssuer) {
        return "Căn cứ Kế hoạch số " + parent.getCode() + " ngày " + DocumentFormats.shortDate(parent.getIssuedOn())
                + " của " + parentIssuer.getShortName() + " về " + lowerFirst(parent.getTitle());
    }

    public String citation(Plan parent) {
        return citation(parent, units.get(parent.getIssuingUnitId()));
    }

    /** "X năm 2026 trên địa bàn tỉnh Ninh An" becomes "X năm 2026 trên địa bàn huyện Đông Hà". */
    static String adaptTitle(String parentTitle, Unit demanded) {
        String base = parentTitle.replaceAll("(?iu)\\s+trên địa bàn\\s+.*$", "").strip();
        return demanded.getKind() == UnitKind.COMMITTEE ? base + " trên địa bàn " + LevelMatcher.areaOf(demanded)
                : base + " của " + demanded.getShortName();
    }

    private static String tasksFor(Plan parent, Unit demanded, String reference) {
        List<String> lines = new ArrayList<>();
        for (PlanSection s : parent.getSections()) {
            if (s.getPart() == SectionPart.IMPLEMENTATION
                    && (demanded.getId().equals(s.getUnitId()) || LevelMatcher.names(s.getHeading(), demanded))) {
                lines.add(s.getBody());
            }
        }
        if (lines.isEmpty()) {
            lines.add("- Tổ chức thực hiện các nhiệm vụ được giao tại " + reference + ".");
        }
        return String.join("\n", lines);
    }

    private static List<PlanContent.AppendixItem> appendixFor(Plan parent, Unit demanded) {
        return parent.getAppendix().stream().filter(r -> LevelMatcher.names(r.getLeadUnit(), demanded))
                .map(r -> new PlanContent.AppendixItem(r.getContent(), r.getProduct(), r.getStartDate(),
                        r.getFinishDate(), demanded.getShortName(), r.getSupportingUnits())).toList();
    }

    /** The unit's own lower committees (or, having none, its departments) to act; the parent to report to. */
    private List<PlanContent.RecipientItem> recipientsFor(Unit demanded, Unit parentIssuer) {
        List<Unit> below = units.children(demanded.getId()).stream().filter(Unit::isActive).toList();
        List<Unit> lower = below.stream().filter(u -> u.getKind() == UnitKind.COMMITTEE).toList();
        if (lower.isEmpty()) {
            lower = below.stream().filter(u -> u.getKind() == UnitKind.DEPARTMENT).toList();
        }
        List<PlanContent.RecipientItem> recipients = new ArrayList<>();
        recipients.add(new PlanContent.RecipientItem(parentIssuer.getId(), null, RecipientPurpose.REPORT));
        lower.forEach(u -> recipients.add(new PlanContent.RecipientItem(u.getId(), null, RecipientPurpose.ACTION)));
        return recipients;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
