package vn.planflow.plan;

import static vn.planflow.support.FormValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.planflow.support.FormValues;
import vn.planflow.support.ValidationException;

/**
 * Maps a plan to the flat fields of the drafting form and back. The conventions of the text
 * areas (one paragraph per line, "# Unit" blocks, "|" appendix columns) are described on the form.
 */
@Component
public class PlanForms {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final PlanFormOptions options;

    public PlanForms(PlanFormOptions options) {
        this.options = options;
    }

    public Map<String, Object> editVariables(Plan plan) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", plan.getTitle());
        v.put("periodLabel", plan.getPeriodLabel());
        v.put("periodStart", FormValues.isoDate(plan.getPeriodStart()));
        v.put("periodEnd", FormValues.isoDate(plan.getPeriodEnd()));
        v.put("issuingUnitId", plan.getIssuingUnitId());
        v.put("signerId", plan.getSignerId());
        v.put("legalBases", String.join("\n", plan.getLegalBases()));
        for (SectionPart part : SectionPart.values()) {
            if (part != SectionPart.IMPLEMENTATION) {
                v.put(fieldOf(part), plan.getSections().stream().filter(s -> s.getPart() == part)
                        .map(PlanSection::getBody).findFirst().orElse(null));
            }
        }
        StringBuilder impl = new StringBuilder();
        plan.getSections().stream().filter(s -> s.getPart() == SectionPart.IMPLEMENTATION)
                .forEach(s -> impl.append("# ").append(s.getHeading()).append('\n').append(s.getBody()).append('\n'));
        v.put("implementation", impl.toString().strip());
        v.put("closing", plan.getClosing());
        v.put("appendixRows", String.join("\n", plan.getAppendix().stream().map(PlanForms::appendixLine).toList()));
        v.put("recipientsForAction", FormValues.json(recipientIds(plan, RecipientPurpose.ACTION)));
        v.put("recipientsToReport", FormValues.json(recipientIds(plan, RecipientPurpose.REPORT)));
        v.put("recipientsForInformation", FormValues.json(recipientIds(plan, RecipientPurpose.INFORMATION)));
        v.put("externalRecipients", String.join("\n", plan.getRecipients().stream()
                .filter(r -> r.getUnitId() == null).map(PlanRecipient::getName).toList()));
        v.put("consultedUnitIds", FormValues.json(plan.getConsultedUnitIds()));
        v.put("consultationDueDate", FormValues.isoDate(plan.getConsultationDue()));
        putChildDemands(v, plan);
        v.putAll(options.forDrafter(plan));
        return v;
    }

    /**
     * The form offers one due date for all demanded units. Different dates (set through the API)
     * travel in the hidden childPlanDueDates, so an untouched form keeps them.
     */
    private static void putChildDemands(Map<String, Object> v, Plan plan) {
        List<PlanRecipient> demanded = plan.getRecipients().stream().filter(PlanRecipient::isChildPlanDemanded).toList();
        v.put("childPlanUnitIds", FormValues.json(demanded.stream().map(PlanRecipient::getUnitId).toList()));
        Set<LocalDate> dues = demanded.stream().map(PlanRecipient::getChildPlanDue).collect(Collectors.toSet());
        v.put("childPlanDueDate", dues.size() == 1 ? FormValues.isoDate(dues.iterator().next()) : null);
        v.put("childPlanDueDates", FormValues.json(demanded.stream().filter(r -> r.getChildPlanDue() != null)
                .map(r -> Map.of("unitId", r.getUnitId(), "due", r.getChildPlanDue().toString())).toList()));
    }

    public PlanContent read(Map<String, Object> v) {
        List<PlanContent.RecipientItem> recipients = new ArrayList<>();
        addRecipients(recipients, FormValues.stringList(v, "recipientsForAction"), RecipientPurpose.ACTION);
        addRecipients(recipients, FormValues.stringList(v, "recipientsToReport"), RecipientPurpose.REPORT);
        addRecipients(recipients, FormValues.stringList(v, "recipientsForInformation"), RecipientPurpose.INFORMATION);
        PlanValidator.lines(text(v, "externalRecipients"))
                .forEach(name -> recipients.add(new PlanContent.RecipientItem(null, name, RecipientPurpose.ACTION)));
        return new PlanContent(text(v, "title"), text(v, "periodLabel"),
                FormValues.date("periodStart", text(v, "periodStart")), FormValues.date("periodEnd", text(v, "periodEnd")),
                text(v, "issuingUnitId"), text(v, "signerId"), PlanValidator.lines(text(v, "legalBases")),
                text(v, "purposes"), text(v, "requirements"), text(v, "audiences"), text(v, "content"),
                text(v, "forms"), text(v, "timing"), text(v, "funding"), implementation(text(v, "implementation")),
                text(v, "closing"), appendix(text(v, "appendixRows")), withChildDemands(recipients, v),
                FormValues.stringList(v, "consultedUnitIds"),
                FormValues.date("consultationDueDate", text(v, "consultationDueDate")));
    }

    /** Marks the demanded units among the recipients; a demanded unit not yet listed receives it for action. */
    static List<PlanContent.RecipientItem> withChildDemands(List<PlanContent.RecipientItem> recipients,
                                                           Map<String, Object> v) {
        List<String> demanded = FormValues.stringList(v, ChildDemandRules.UNITS_FIELD);
        if (new HashSet<>(demanded).size() != demanded.size()) {
            throw new ValidationException(ChildDemandRules.UNITS_FIELD, "Một đơn vị được yêu cầu xây dựng kế hoạch hai lần");
        }
        LocalDate common = FormValues.date(ChildDemandRules.DUE_FIELD, text(v, ChildDemandRules.DUE_FIELD));
        Map<String, LocalDate> own = new HashMap<>();
        for (Map<String, Object> row : FormValues.objectList(v, "childPlanDueDates")) {
            own.put(String.valueOf(row.get("unitId")),
                    FormValues.date(ChildDemandRules.DUE_FIELD, String.valueOf(row.get("due"))));
        }
        List<PlanContent.RecipientItem> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (PlanContent.RecipientItem r : recipients) {
            if (r.unitId() != null && demanded.contains(r.unitId()) && placed.add(r.unitId())) {
                out.add(new PlanContent.RecipientItem(r.unitId(), r.name(), r.purpose(), true,
                        common != null ? common : own.get(r.unitId())));
            } else {
                out.add(r);
            }
        }
        demanded.stream().filter(id -> !placed.contains(id)).forEach(id -> out.add(new PlanContent.RecipientItem(id,
                null, RecipientPurpose.ACTION, true, common != null ? common : own.get(id))));
        return out;
    }

    static String fieldOf(SectionPart part) {
        return switch (part) {
            case PURPOSES -> "purposes";
            case REQUIREMENTS -> "requirements";
            case AUDIENCES -> "audiences";
            case CONTENT -> "content";
            case FORMS -> "forms";
            case TIMING -> "timing";
            case FUNDING -> "funding";
            case IMPLEMENTATION -> "implementation";
        };
    }

    private static List<String> recipientIds(Plan plan, RecipientPurpose purpose) {
        return plan.getRecipients().stream().filter(r -> r.getUnitId() != null && r.getPurpose() == purpose)
                .map(PlanRecipient::getUnitId).toList();
    }

    private static void addRecipients(List<PlanContent.RecipientItem> into, List<String> ids, RecipientPurpose p) {
        ids.forEach(id -> into.add(new PlanContent.RecipientItem(id, null, p)));
    }

    /** "# Phòng Văn hóa và Thông tin" starts a unit's block; the lines after it are its duties. */
    static List<PlanContent.ImplementationItem> implementation(String text) {
        List<PlanContent.ImplementationItem> items = new ArrayList<>();
        String unit = null;
        StringBuilder duties = new StringBuilder();
        for (String line : PlanValidator.lines(text)) {
            if (line.startsWith("#")) {
                if (unit != null) {
                    items.add(new PlanContent.ImplementationItem(null, unit, duties.toString().strip()));
                }
                unit = line.replaceFirst("^#+", "").strip();
                duties.setLength(0);
            } else if (unit == null) {
                throw new ValidationException("implementation",
                        "Phần tổ chức thực hiện phải bắt đầu bằng dòng \"# Tên đơn vị\"");
            } else {
                duties.append(line).append('\n');
            }
        }
        if (unit != null) {
            items.add(new PlanContent.ImplementationItem(null, unit, duties.toString().strip()));
        }
        return items;
    }

    static List<PlanContent.AppendixItem> appendix(String text) {
        List<PlanContent.AppendixItem> rows = new ArrayList<>();
        List<String> lines = PlanValidator.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] c = (lines.get(i) + " ").split("\\|", -1);
            if (c.length != 6) {
                throw new ValidationException("appendixRows", "Dòng " + (i + 1)
                        + " của phụ lục cần đúng 6 cột ngăn bởi dấu |, đang có " + c.length);
            }
            rows.add(new PlanContent.AppendixItem(c[0].strip(), blank(c[1]),
                    FormValues.date("appendixRows", blank(c[2])), FormValues.date("appendixRows", blank(c[3])),
                    blank(c[4]), blank(c[5])));
        }
        return rows;
    }

    private static String appendixLine(AppendixRow r) {
        return String.join(" | ", r.getContent(), nz(r.getProduct()),
                r.getStartDate() == null ? "" : DMY.format(r.getStartDate()),
                r.getFinishDate() == null ? "" : DMY.format(r.getFinishDate()), nz(r.getLeadUnit()),
                nz(r.getSupportingUnits()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
