package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A line of "Nơi nhận": a unit on the system (unitId set) or a name outside it. */
@Embeddable
public class PlanRecipient {
    @Column(name = "unit_id")
    private String unitId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientPurpose purpose;

    protected PlanRecipient() {
    }

    public PlanRecipient(String unitId, String name, RecipientPurpose purpose) {
        this.unitId = unitId;
        this.name = name;
        this.purpose = purpose;
    }

    public String getUnitId() { return unitId; }
    public String getName() { return name; }
    public RecipientPurpose getPurpose() { return purpose; }
}
