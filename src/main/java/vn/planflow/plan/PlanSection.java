package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One section; for "Tổ chức thực hiện" the heading is the responsible unit. Lines are paragraphs. */
@Embeddable
public class PlanSection {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionPart part;
    private String heading;
    @Column(name = "unit_id")
    private String unitId;
    @Column(nullable = false, length = 20000)
    private String body;

    protected PlanSection() {
    }

    public PlanSection(SectionPart part, String heading, String unitId, String body) {
        this.part = part;
        this.heading = heading;
        this.unitId = unitId;
        this.body = body;
    }

    public SectionPart getPart() { return part; }
    public String getHeading() { return heading; }
    public String getUnitId() { return unitId; }
    public String getBody() { return body; }
}
