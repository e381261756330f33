package vn.planflow.reporting;

/** The report kinds of Decree 09/2019: periodic ones by period, a plan's own yearly date, ad hoc. */
public enum PeriodKind {
    MONTH("Hằng tháng"),
    QUARTER("Hằng quý"),
    HALF_YEAR("6 tháng"),
    YEAR("Hằng năm"),
    /** "trước ngày 01 tháng 10 hằng năm": the plan's own date, once a year. */
    OWN_DATE("Hằng năm theo ngày của kế hoạch"),
    AD_HOC("Đột xuất");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds a regime may schedule; ad hoc rounds are requested, never scheduled. */
    public boolean periodic() {
        return this != AD_HOC;
    }
}
