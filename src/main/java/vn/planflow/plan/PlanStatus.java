package vn.planflow.plan;

/** Where a plan stands; shown to users in Vietnamese. */
public enum PlanStatus {
    DRAFTING("Đang soạn thảo"),
    HEAD_REVIEW("Trưởng phòng đang xem xét"),
    CONSULTATION("Đang lấy ý kiến"),
    SYNTHESIS("Đang tổng hợp ý kiến"),
    REVISION("Đang chỉnh sửa"),
    FORM_CHECK("Văn phòng đang thẩm định thể thức"),
    SIGNING("Chờ lãnh đạo ký duyệt"),
    ISSUING("Chờ văn thư phát hành"),
    ISSUED("Đã ban hành"),
    REJECTED("Không ban hành"),
    /** Withdrawn after issuance (Decree 30: recalled, recipients told). */
    RECALLED("Đã thu hồi"),
    /** Withdrawn because a replacement plan was issued in its place. */
    REPLACED("Đã được thay thế"),
    /** A draft stopped before issuance, e.g. its parent plan was recalled. */
    CANCELLED("Đã hủy");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** While the drafter may still change the text. */
    public boolean editable() {
        return this == DRAFTING || this == REVISION || this == SYNTHESIS;
    }

    /** Still on its way to issuance. */
    public boolean open() {
        return this != ISSUED && this != REJECTED && this != RECALLED && this != REPLACED && this != CANCELLED;
    }
}
