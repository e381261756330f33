package vn.planflow.distribution;

/** Where one copy of an issued plan stands. */
public enum DistributionStatus {
    /** Sent outside the system: by post or e-mail, nothing to confirm here. */
    SENT("Đã gửi (ngoài hệ thống)"),
    AWAITING_ACKNOWLEDGEMENT("Chờ xác nhận"),
    ACKNOWLEDGED("Đã xác nhận");

    private final String label;

    DistributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
