package vn.planflow.obligation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One task a plan gives a unit (DOMAIN §1, kind 2): what it leads, with whom, what it produces,
 * by when; then its progress, and at the end its result.
 */
@Entity
@Table(name = "obligation")
public class Obligation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationSource source;
    @Column(name = "source_position", nullable = false)
    private int sourcePosition;
    @Column(nullable = false, length = 4000)
    private String content;
    @Column(length = 500)
    private String product;
    @Column(name = "lead_unit_id")
    private String leadUnitId;
    @Column(name = "lead_unit_name", nullable = false)
    private String leadUnitName;
    @Column(name = "supporting_units", length = 1000)
    private String supportingUnits;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "finish_date", nullable = false)
    private LocalDate finishDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationStatus status;
    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;
    @Column(name = "finished_late", nullable = false)
    private boolean finishedLate;
    @Column(length = 4000)
    private String result;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;
    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "obligation_supporting_unit", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id", nullable = false)
    private List<String> supportingUnitIds = new ArrayList<>();

    protected Obligation() {
    }

    Obligation(Long planId, ObligationSource source, int sourcePosition, ExtractedObligation e, LocalDateTime now) {
        this.planId = planId;
        this.source = source;
        this.sourcePosition = sourcePosition;
        this.content = e.content();
        this.product = e.product();
        this.leadUnitId = e.leadUnitId();
        this.leadUnitName = e.leadUnitName();
        this.supportingUnits = e.supportingUnits();
        this.supportingUnitIds.addAll(e.supportingUnitIds());
        this.startDate = e.start();
        this.finishDate = e.finish();
        this.status = e.leadUnitId() == null ? ObligationStatus.UNTRACKED : ObligationStatus.OPEN;
        this.createdAt = now;
    }

    void progress(int percent) {
        this.progressPercent = percent;
    }

    void remind() {
        reminderCount++;
    }

    void overdue(LocalDateTime at) {
        if (!status.closed()) {
            status = ObligationStatus.OVERDUE;
            escalatedAt = at;
        }
    }

    void close(boolean done, String result, String by, LocalDateTime at, boolean late) {
        this.status = done ? ObligationStatus.DONE : ObligationStatus.NOT_DONE;
        this.progressPercent = done ? 100 : progressPercent;
        this.result = result;
        this.closedBy = by;
        this.closedAt = at;
        this.finishedLate = late;
    }

    void cancel(LocalDateTime at) {
        this.status = ObligationStatus.CANCELLED;
        this.closedAt = at;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public ObligationSource getSource() { return source; }
    public int getSourcePosition() { return sourcePosition; }
    public String getContent() { return content; }
    public String getProduct() { return product; }
    public String getLeadUnitId() { return leadUnitId; }
    public String getLeadUnitName() { return leadUnitName; }
    public String getSupportingUnits() { return supportingUnits; }
    public List<String> getSupportingUnitIds() { return List.copyOf(supportingUnitIds); }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getFinishDate() { return finishDate; }
    public ObligationStatus getStatus() { return status; }
    public int getProgressPercent() { return progressPercent; }
    public boolean isFinishedLate() { return finishedLate; }
    public String getResult() { return result; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public int getReminderCount() { return reminderCount; }
    public LocalDateTime getEscalatedAt() { return escalatedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
