package vn.planflow.obligation;

/** The lines of an obligation's history. */
public enum NoteKind {
    PROGRESS("Cập nhật tiến độ"),
    EVIDENCE("Gửi tài liệu minh chứng"),
    REMINDER("Nhắc hạn"),
    OVERDUE("Quá hạn"),
    CHASE("Văn phòng đôn đốc"),
    CLOSED("Kết thúc nhiệm vụ"),
    CANCELLED("Dừng theo dõi");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
