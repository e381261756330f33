package vn.planflow.cascade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One unit told by one plan to issue its own plan by a date. The version column serialises the
 * few writers that may meet (child issued, recall, start), so a message is never lost to a race.
 */
@Entity
@Table(name = "child_plan_demand")
public class ChildPlanDemand {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "parent_plan_id", nullable = false)
    private Long parentPlanId;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "unit_name", nullable = false)
    private String unitName;
    @Column(name = "unit_level")
    private String unitLevel;
    @Column(name = "on_system", nullable = false)
    private boolean onSystem;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DemandStatus status = DemandStatus.PENDING;
    @Column(name = "drafting_unit_id")
    private String draftingUnitId;
    @Column(name = "child_plan_id")
    private Long childPlanId;
    @Column(name = "issued_code")
    private String issuedCode;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "recorded_by_hand", nullable = false)
    private boolean recordedByHand;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;
    @Column(name = "last_reminded_at")
    private LocalDateTime lastRemindedAt;
    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;
    @Column(length = 2000)
    private String note;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Version
    private long version;

    protected ChildPlanDemand() {
    }

    ChildPlanDemand(Long parentPlanId, String unitId, String unitName, String unitLevel, boolean onSystem,
                    LocalDate dueDate, LocalDateTime now) {
        this.parentPlanId = parentPlanId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitLevel = unitLevel;
        this.onSystem = onSystem;
        this.dueDate = dueDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void started(Long childPlanId, String draftingUnitId, LocalDateTime now) {
        this.childPlanId = childPlanId;
        this.draftingUnitId = draftingUnitId;
        this.status = DemandStatus.STARTED;
        this.updatedAt = now;
    }

    void outsideSystem(LocalDateTime now) {
        this.status = DemandStatus.OUTSIDE_SYSTEM;
        this.updatedAt = now;
    }

    void issued(Long childPlanId, String code, LocalDate issuedOn, boolean byHand, String recordedBy, String note,
                LocalDateTime now) {
        this.childPlanId = childPlanId == null ? this.childPlanId : childPlanId;
        this.issuedCode = code;
        this.issuedOn = issuedOn;
        this.recordedByHand = byHand;
        this.recordedBy = recordedBy;
        this.note = note == null ? this.note : note;
        this.status = DemandStatus.ISSUED;
        this.updatedAt = now;
    }

    void reminded(LocalDateTime now) {
        reminderCount++;
        lastRemindedAt = now;
        updatedAt = now;
    }

    void escalated(LocalDateTime now) {
        escalatedAt = now;
        updatedAt = now;
    }

    void extend(LocalDate newDue, String note, LocalDateTime now) {
        this.dueDate = newDue;
        this.escalatedAt = null;
        this.note = note;
        this.updatedAt = now;
    }

    void end(DemandStatus how, String note, LocalDateTime now) {
        this.status = how;
        this.note = note;
        this.updatedAt = now;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getParentPlanId() { return parentPlanId; }
    public String getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public String getUnitLevel() { return unitLevel; }
    public boolean isOnSystem() { return onSystem; }
    public LocalDate getDueDate() { return dueDate; }
    public DemandStatus getStatus() { return status; }
    public String getDraftingUnitId() { return draftingUnitId; }
    public Long getChildPlanId() { return childPlanId; }
    public String getIssuedCode() { return issuedCode; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public boolean isRecordedByHand() { return recordedByHand; }
    public String getRecordedBy() { return recordedBy; }
    public int getReminderCount() { return reminderCount; }
    public LocalDateTime getLastRemindedAt() { return lastRemindedAt; }
    public LocalDateTime getEscalatedAt() { return escalatedAt; }
    public String getNote() { return note; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
