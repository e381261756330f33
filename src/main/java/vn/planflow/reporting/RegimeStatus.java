package vn.planflow.reporting;

/** Where a plan's reporting regime stands. */
public enum RegimeStatus {
    /** Set up on a draft; starts when the plan is issued. */
    CONFIGURED("Đã thiết lập, chờ ban hành kế hoạch"),
    ACTIVE("Đang thực hiện"),
    /** The plan's period is over: no more rounds. */
    ENDED("Đã kết thúc"),
    /** The plan was recalled. */
    CANCELLED("Đã dừng");

    private final String label;

    RegimeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
