package vn.planflow.plan;

/** Why a recipient receives the plan; printed after its name in "Nơi nhận". */
public enum RecipientPurpose {
    ACTION(""),
    REPORT(" (để b/c)"),
    INFORMATION(" (để biết)");

    private final String suffix;

    RecipientPurpose(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
