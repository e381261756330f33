package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A line of "Nơi nhận": a unit on the system (unitId set) or a name outside it. A unit below the
 * issuer may also be told to issue its own plan by a date (a child plan, DOMAIN §1 kind 1).
 */
@Embeddable
public class PlanRecipient {
    @Column(name = "unit_id")
    private String unitId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientPurpose purpose;
    @Column(name = "child_plan_demanded", nullable = false)
    private boolean childPlanDemanded;
    /** Null: the default from the issue date (see the cascade feature). */
    @Column(name = "child_plan_due")
    private LocalDate childPlanDue;

    protected PlanRecipient() {
    }

    public PlanRecipient(String unitId, String name, RecipientPurpose purpose) {
        this(unitId, name, purpose, false, null);
    }

    public PlanRecipient(String unitId, String name, RecipientPurpose purpose, boolean childPlanDemanded,
                         LocalDate childPlanDue) {
        this.unitId = unitId;
        this.name = name;
        this.purpose = purpose;
        this.childPlanDemanded = childPlanDemanded;
        this.childPlanDue = childPlanDemanded ? childPlanDue : null;
    }

    public String getUnitId() { return unitId; }
    public String getName() { return name; }
    public RecipientPurpose getPurpose() { return purpose; }
    public boolean isChildPlanDemanded() { return childPlanDemanded; }
    public LocalDate getChildPlanDue() { return childPlanDue; }
}
