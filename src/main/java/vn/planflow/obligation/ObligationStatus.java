package vn.planflow.obligation;

/** Where one task of a plan stands; shown to users in Vietnamese. */
public enum ObligationStatus {
    /** The lead unit named in the plan is not one the system knows: listed, not tracked. */
    UNTRACKED("Chưa xác định được đơn vị chủ trì trên hệ thống"),
    OPEN("Đang thực hiện"),
    OVERDUE("Quá hạn"),
    DONE("Đã hoàn thành"),
    NOT_DONE("Không hoàn thành"),
    CANCELLED("Đã dừng (kế hoạch bị thu hồi)");

    private final String label;

    ObligationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == NOT_DONE || this == CANCELLED;
    }
}
