package vn.planflow.reporting;

/** One unit's report in one round. Units below submit; collecting units draft, approve and send. */
public enum ReportStatus {
    PENDING("Chưa nộp"),
    SUBMITTED("Đã nộp"),
    COLLECTING("Đang tiếp nhận báo cáo"),
    DRAFTED("Đã có dự thảo tổng hợp"),
    AWAITING_APPROVAL("Chờ lãnh đạo duyệt"),
    SENT("Đã gửi báo cáo"),
    CANCELLED("Đã dừng");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the level above counts: a submitted unit report or a sent summary. */
    public boolean isIn() {
        return this == SUBMITTED || this == SENT;
    }
}
