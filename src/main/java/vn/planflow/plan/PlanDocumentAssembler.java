package vn.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.Appendix;
import vn.planflow.document.DocumentFormats;
import vn.planflow.document.OfficialDocument;
import vn.planflow.document.Part;
import vn.planflow.document.Section;
import vn.planflow.document.Signature;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitLeader;
import vn.planflow.unit.UnitService;

/** Lays a plan out as Decree 30 expects: parts I-IV, recipients, signature, appendix. */
@Component
public class PlanDocumentAssembler {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final UnitService units;

    public PlanDocumentAssembler(UnitService units) {
        this.units = units;
    }

    @Transactional(readOnly = true)
    public OfficialDocument assemble(Plan plan) {
        Unit issuer = units.get(plan.getIssuingUnitId());
        Unit drafting = units.get(plan.getDraftingUnitId());
        List<Part> parts = new ArrayList<>();
        addPart(parts, "MỤC ĐÍCH, YÊU CẦU", plan, SectionPart.PURPOSES, SectionPart.REQUIREMENTS);
        addPart(parts, "NỘI DUNG", plan, SectionPart.AUDIENCES, SectionPart.CONTENT, SectionPart.FORMS,
                SectionPart.TIMING);
        plan.getSections().stream().filter(s -> s.getPart() == SectionPart.FUNDING).findFirst()
                .ifPresent(s -> parts.add(new Part("KINH PHÍ", List.of(new Section(null, lines(s.getBody()))))));
        List<Section> implementation = plan.getSections().stream()
                .filter(s -> s.getPart() == SectionPart.IMPLEMENTATION)
                .map(s -> new Section(s.getHeading(), lines(s.getBody()))).toList();
        if (!implementation.isEmpty()) {
            parts.add(new Part("TỔ CHỨC THỰC HIỆN", implementation));
        }
        List<String> recipients = plan.getRecipients().stream()
                .map(r -> r.getName() + r.getPurpose().suffix()).toList();
        return new OfficialDocument(units.parentBodyLine(issuer), issuer.getHeaderName(), plan.getNumber(), "KH",
                issuer.getCode(), issuer.getPlaceName(), plan.getIssuedOn(), "KẾ HOẠCH", plan.getTitle(),
                plan.getLegalBases(), parts, closing(plan, issuer), recipients, "VT, " + drafting.getCode(),
                signature(plan), appendix(plan));
    }

    private static void addPart(List<Part> parts, String heading, Plan plan, SectionPart... wanted) {
        List<Section> sections = new ArrayList<>();
        for (SectionPart part : wanted) {
            plan.getSections().stream().filter(s -> s.getPart() == part).findFirst()
                    .ifPresent(s -> sections.add(new Section(part.heading(), lines(s.getBody()))));
        }
        if (!sections.isEmpty()) {
            parts.add(new Part(heading, sections));
        }
    }

    private static String closing(Plan plan, Unit issuer) {
        if (plan.getClosing() != null && !plan.getClosing().isBlank()) {
            return plan.getClosing();
        }
        return "Trên đây là Kế hoạch " + lowerFirst(plan.getTitle()) + " của " + issuer.getShortName()
                + ". Yêu cầu các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.";
    }

    private Signature signature(Plan plan) {
        if (plan.getSignerId() == null) {
            return new Signature(List.of(), null);
        }
        return units.leaders(plan.getIssuingUnitId()).stream().filter(l -> l.getUserId().equals(plan.getSignerId()))
                .findFirst().map(PlanDocumentAssembler::signatureOf).orElse(new Signature(List.of(), null));
    }

    private static Signature signatureOf(UnitLeader leader) {
        return new Signature(leader.getPosition().signatureLines(), leader.getFullName());
    }

    private static Appendix appendix(Plan plan) {
        if (plan.getAppendix().isEmpty()) {
            return null;
        }
        List<vn.planflow.document.AppendixRow> rows = plan.getAppendix().stream()
                .map(r -> new vn.planflow.document.AppendixRow(r.getContent(), r.getProduct(),
                        r.getStartDate() == null ? null : DocumentFormats.shortDate(r.getStartDate()),
                        r.getFinishDate() == null ? null : DocumentFormats.shortDate(r.getFinishDate()),
                        r.getLeadUnit(), r.getSupportingUnits())).toList();
        return new Appendix("NHIỆM VỤ TRIỂN KHAI " + plan.getTitle().toUpperCase(VI), rows);
    }

    private static List<String> lines(String body) {
        return PlanValidator.lines(body);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
