package vn.planflow.cascade;

import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanStatus;

/** Where one demanded child plan stands, as the parent's office reads it. */
public enum ChildPlanProgress {
    NOT_STARTED("Chưa khởi tạo dự thảo"),
    DRAFTING("Đang soạn thảo"),
    IN_APPROVAL("Đang trình duyệt"),
    ISSUED("Đã ban hành"),
    OUTSIDE_SYSTEM("Ngoài hệ thống, chờ văn bản"),
    REJECTED("Lãnh đạo không ban hành"),
    RECALLED("Đã ban hành, sau đó thu hồi"),
    CLOSED("Đã kết thúc theo dõi"),
    CANCELLED("Đã hủy (kế hoạch cấp trên thu hồi)"),
    TRANSFERRED("Chuyển sang kế hoạch thay thế");

    private final String label;

    ChildPlanProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ChildPlanProgress of(ChildPlanDemand d, Plan child) {
        return switch (d.getStatus()) {
            case PENDING -> NOT_STARTED;
            case OUTSIDE_SYSTEM -> OUTSIDE_SYSTEM;
            case CLOSED -> CLOSED;
            case CANCELLED -> CANCELLED;
            case TRANSFERRED -> TRANSFERRED;
            case ISSUED -> child != null && (child.getStatus() == PlanStatus.RECALLED) ? RECALLED : ISSUED;
            case STARTED -> ofChild(child);
        };
    }

    private static ChildPlanProgress ofChild(Plan child) {
        if (child == null) {
            return NOT_STARTED;
        }
        PlanStatus s = child.getStatus();
        if (s.editable()) {
            return DRAFTING;
        }
        if (s == PlanStatus.ISSUED) {
            return ISSUED;
        }
        if (s == PlanStatus.REJECTED) {
            return REJECTED;
        }
        return s.open() ? IN_APPROVAL : CANCELLED;
    }
}
