package vn.planflow.obligation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;

/** What the obligation forms show about the task, its plan and where it stands. */
@Component
@Transactional(readOnly = true)
public class ObligationForms {
    private final ObligationService obligations;
    private final PlanService plans;

    public ObligationForms(ObligationService obligations, PlanService plans) {
        this.obligations = obligations;
        this.plans = plans;
    }

    public String markdown(Long id) {
        Obligation o = obligations.get(id);
        Plan plan = plans.get(o.getPlanId());
        StringBuilder md = new StringBuilder("### Nhiệm vụ theo Kế hoạch số ").append(nz(plan.getCode()))
                .append("\n\n").append(plan.getTitle()).append("\n\n**Nội dung:** ").append(o.getContent())
                .append("\n\n**Đơn vị chủ trì:** ").append(o.getLeadUnitName());
        if (o.getSupportingUnits() != null) {
            md.append("  \n**Đơn vị phối hợp:** ").append(o.getSupportingUnits());
        }
        if (o.getProduct() != null) {
            md.append("  \n**Sản phẩm:** ").append(o.getProduct());
        }
        md.append("  \n**Thời gian:** ").append(o.getStartDate() == null ? "" : DocumentFormats.shortDate(o.getStartDate())
                + " - ").append(DocumentFormats.shortDate(o.getFinishDate()))
                .append("\n\n**Tình trạng:** ").append(o.getStatus().label()).append(", hoàn thành ")
                .append(o.getProgressPercent()).append("%; đã nhắc ").append(o.getReminderCount()).append(" lần")
                .append("\n\nTài liệu minh chứng: ").append(obligations.evidenceOf(id).size())
                .append(" tệp ([gửi thêm qua API](/api/obligations/").append(id).append("))");
        return md.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
