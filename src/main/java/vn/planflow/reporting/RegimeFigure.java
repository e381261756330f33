package vn.planflow.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One structured figure every unit reports, e.g. "Số buổi tuyên truyền" counted in "buổi". */
@Embeddable
public class RegimeFigure {
    @Column(name = "figure_key", nullable = false, length = 40)
    private String key;
    @Column(nullable = false, length = 200)
    private String label;
    @Column(length = 50)
    private String measure;
    @Column(name = "allow_negative", nullable = false)
    private boolean allowNegative;

    protected RegimeFigure() {
    }

    public RegimeFigure(String key, String label, String measure, boolean allowNegative) {
        this.key = key;
        this.label = label;
        this.measure = measure;
        this.allowNegative = allowNegative;
    }

    public String getKey() { return key; }
    public String getLabel() { return label; }
    public String getMeasure() { return measure; }
    public boolean isAllowNegative() { return allowNegative; }

    /** "Số buổi tuyên truyền (buổi)". */
    public String heading() {
        return measure == null ? label : label + " (" + measure + ")";
    }
}
