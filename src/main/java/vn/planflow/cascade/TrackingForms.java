package vn.planflow.cascade;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.planflow.document.DocumentFormats;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanService;

/** The text and the empty task-local fields of the ChildPlanTracking forms. */
@Component
public class TrackingForms {
    static final String REMIND = "Task_NoteReminder";
    static final String ESCALATE = "Task_EscalateChildPlan";
    static final String PAPER = "Task_RecordPaperChildPlan";
    static final String RECALLED = "Task_NoteParentRecalled";
    private final DemandTracking tracking;
    private final PlanService plans;
    private final CascadeViews views;

    public TrackingForms(DemandTracking tracking, PlanService plans, CascadeViews views) {
        this.tracking = tracking;
        this.plans = plans;
        this.views = views;
    }

    Map<String, Object> variables(String step, Long demandId) {
        ChildPlanDemand d = tracking.get(demandId);
        Plan parent = plans.get(d.getParentPlanId());
        Map<String, Object> v = new LinkedHashMap<>();
        String demandText = "**Kế hoạch số " + parent.getCode() + " ngày " + DocumentFormats.shortDate(parent.getIssuedOn())
                + "** - " + parent.getTitle() + "\n\nYêu cầu **" + d.getUnitName()
                + "** xây dựng và ban hành kế hoạch của đơn vị **trước ngày " + DocumentFormats.shortDate(d.getDueDate())
                + "**.\n\nTình trạng: " + views.progress(d).label() + "; đã nhắc " + d.getReminderCount() + " lần.";
        switch (step) {
            case REMIND -> {
                v.put("demandMarkdown", "### Nhắc hạn ban hành kế hoạch\n\n" + demandText
                        + (d.getChildPlanId() == null ? "" : "\n\n[Dự thảo của đơn vị](/api/plans/" + d.getChildPlanId() + ")"));
                v.put("reminderRead", false);
            }
            case ESCALATE -> {
                v.put("demandMarkdown", "### Quá hạn: đơn vị chưa ban hành kế hoạch\n\n" + demandText
                        + "\n\nHãy đôn đốc đơn vị, rồi gia hạn hoặc kết thúc theo dõi (ghi rõ lý do).");
                v.put("newDueDate", null);
                v.put("escalationNote", null);
            }
            case PAPER -> {
                v.put("demandMarkdown", "### Đơn vị ngoài hệ thống\n\n" + demandText
                        + "\n\nKhi nhận được văn bản giấy, nhập số, ký hiệu và ngày ban hành.");
                v.put("paperCode", null);
                v.put("paperIssuedOn", null);
                v.put("paperNote", null);
            }
            case RECALLED -> {
                v.put("demandMarkdown", recallText(d, parent));
                v.put("recallRead", false);
            }
            default -> throw new IllegalStateException("no form for step " + step);
        }
        return v;
    }

    private static String recallText(ChildPlanDemand d, Plan parent) {
        String head = "### Kế hoạch cấp trên không còn hiệu lực\n\n**Kế hoạch số " + parent.getCode() + "** - "
                + parent.getTitle() + "\n\n";
        if (d.getStatus() == DemandStatus.TRANSFERRED) {
            return head + d.getNote() + ". Dự thảo kế hoạch của " + d.getUnitName()
                    + " được giữ nguyên, căn cứ đã được cập nhật theo kế hoạch mới; hạn ban hành theo kế hoạch mới."
                    + "\n\n[Dự thảo của đơn vị](/api/plans/" + d.getChildPlanId() + ")";
        }
        return head + "Kế hoạch đã được thu hồi. Lý do: " + d.getNote() + "\n\nDự thảo kế hoạch của " + d.getUnitName()
                + " theo yêu cầu này đã được hủy; không tiếp tục soạn thảo.";
    }
}
