package vn.planflow.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One recipient's copy of an issued plan. */
@Entity
@Table(name = "distribution")
public class Distribution {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "recipient_unit_id")
    private String recipientUnitId;
    @Column(name = "recipient_name", nullable = false)
    private String recipientName;
    @Column(nullable = false)
    private String purpose;
    @Column(name = "on_system", nullable = false)
    private boolean onSystem;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DistributionStatus status;
    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt = LocalDateTime.now();
    @Column(name = "acknowledge_due")
    private LocalDate acknowledgeDue;
    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "incoming_number")
    private String incomingNumber;
    @Column(name = "handler_name")
    private String handlerName;
    @Column(name = "handling_due")
    private LocalDate handlingDue;
    @Column(length = 2000)
    private String note;
    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;
    @Column(name = "last_reminded_at")
    private LocalDateTime lastRemindedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Distribution() {
    }

    Distribution(Long planId, String recipientUnitId, String recipientName, String purpose, boolean onSystem,
                 LocalDate acknowledgeDue) {
        this.planId = planId;
        this.recipientUnitId = recipientUnitId;
        this.recipientName = recipientName;
        this.purpose = purpose;
        this.onSystem = onSystem;
        this.acknowledgeDue = onSystem ? acknowledgeDue : null;
        this.status = onSystem ? DistributionStatus.AWAITING_ACKNOWLEDGEMENT : DistributionStatus.SENT;
    }

    void acknowledge(String userId, String incomingNumber, String handlerName, LocalDate handlingDue, String note) {
        this.status = DistributionStatus.ACKNOWLEDGED;
        this.acknowledgedAt = LocalDateTime.now();
        this.acknowledgedBy = userId;
        this.incomingNumber = incomingNumber;
        this.handlerName = handlerName;
        this.handlingDue = handlingDue;
        this.note = note;
    }

    void remind() {
        reminderCount++;
        lastRemindedAt = LocalDateTime.now();
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getRecipientUnitId() { return recipientUnitId; }
    public String getRecipientName() { return recipientName; }
    public String getPurpose() { return purpose; }
    public boolean isOnSystem() { return onSystem; }
    public DistributionStatus getStatus() { return status; }
    public LocalDateTime getSentAt() { return sentAt; }
    public LocalDate getAcknowledgeDue() { return acknowledgeDue; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public String getIncomingNumber() { return incomingNumber; }
    public String getHandlerName() { return handlerName; }
    public LocalDate getHandlingDue() { return handlingDue; }
    public String getNote() { return note; }
    public int getReminderCount() { return reminderCount; }
    public LocalDateTime getLastRemindedAt() { return lastRemindedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
