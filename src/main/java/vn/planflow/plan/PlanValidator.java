package vn.planflow.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/**
 * Two gates. Saving a draft asks only for what identifies it, so nothing typed is lost; sending it
 * on asks for everything a signer needs (recipients, a valid signer, a future consultation deadline).
 */
@Component
public class PlanValidator {
    static final int MAX_TEXT = 20000;
    private final UnitService units;
    private final ChildDemandRules childDemands;

    public PlanValidator(UnitService units, ChildDemandRules childDemands) {
        this.units = units;
        this.childDemands = childDemands;
    }

    void checkDraft(PlanContent c) {
        requireText("title", c.title(), "Trích yếu (tên kế hoạch)", 1000);
        requireText("periodLabel", c.periodLabel(), "Thời kỳ thực hiện", 200);
        if (c.periodStart() != null && c.periodEnd() != null && c.periodEnd().isBefore(c.periodStart())) {
            throw new ValidationException("periodEnd", "Ngày kết thúc phải sau ngày bắt đầu");
        }
        for (String text : new String[] {c.purposes(), c.requirements(), c.audiences(), c.content(), c.forms(),
                c.timing(), c.funding(), c.closing()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new ValidationException("content", "Một mục của kế hoạch dài quá " + MAX_TEXT + " ký tự");
            }
        }
        if (c.issuingUnitId() != null) {
            units.get(c.issuingUnitId());
        }
        Set<String> seen = new HashSet<>();
        for (PlanContent.RecipientItem r : c.recipients()) {
            if (r.unitId() != null) {
                units.get(r.unitId());
                if (!seen.add(r.unitId())) {
                    if (c.recipients().stream().filter(o -> r.unitId().equals(o.unitId()) && o.childPlanDemanded())
                            .count() > 1) {
                        throw new ValidationException(ChildDemandRules.UNITS_FIELD, "Đơn vị " + r.unitId()
                                + " được yêu cầu xây dựng kế hoạch hai lần");
                    }
                    throw new ValidationException("recipients", "Đơn vị " + r.unitId() + " có hai lần trong nơi nhận");
                }
            } else if (r.name() == null || r.name().isBlank()) {
                throw new ValidationException("recipients", "Nơi nhận ngoài hệ thống cần có tên");
            }
        }
        c.consultedUnitIds().forEach(units::get);
        for (PlanContent.AppendixItem a : c.appendix()) {
            requireText("appendix", a.content(), "Nội dung nhiệm vụ ở phụ lục", 2000);
            if (a.start() != null && a.finish() != null && a.finish().isBefore(a.start())) {
                throw new ValidationException("appendix", "Nhiệm vụ \"" + a.content() + "\": ngày hoàn thành trước ngày bắt đầu");
            }
        }
    }

    /** The stricter gate, when the drafter sends the draft on. */
    void checkReadyToSubmit(Plan plan, LocalDate today) {
        if (plan.getRecipients().isEmpty()) {
            throw new ValidationException("recipients", "Kế hoạch phải có ít nhất một nơi nhận");
        }
        if (plan.getSignerId() == null || plan.getSignerId().isBlank()) {
            throw new ValidationException("signerId", "Chưa chọn người ký");
        }
        units.signer(plan.getIssuingUnitId(), plan.getSignerId());
        if (plan.consultationPending()) {
            if (plan.getConsultationDue() == null) {
                throw new ValidationException("consultationDueDate", "Chưa có hạn góp ý cho các đơn vị được lấy ý kiến");
            }
            if (!plan.getConsultationDue().isAfter(today)) {
                throw new ValidationException("consultationDueDate", "Hạn góp ý phải sau ngày hôm nay");
            }
            if (plan.getConsultedUnitIds().contains(plan.getDraftingUnitId())) {
                throw new ValidationException("consultedUnitIds", "Không lấy ý kiến chính đơn vị soạn thảo");
            }
        }
        checkChildDemands(plan, today);
    }

    void checkChildDemands(Plan plan, LocalDate today) {
        childDemands.check(plan, today);
    }

    static void requireText(String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, label + " không được để trống");
        }
        if (value.length() > max) {
            throw new ValidationException(field, label + " dài quá " + max + " ký tự");
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
