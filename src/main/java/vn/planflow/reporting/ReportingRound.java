package vn.planflow.reporting;

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

/** One period of a regime (or one ad hoc request): the data window and the top due date. */
@Entity
@Table(name = "reporting_round")
public class ReportingRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "regime_id", nullable = false)
    private Long regimeId;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private PeriodKind kind;
    @Column(name = "period_key", nullable = false)
    private String periodKey;
    @Column(nullable = false)
    private String label;
    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;
    @Column(name = "cut_off", nullable = false)
    private LocalDate cutOff;
    @Column(name = "top_due", nullable = false)
    private LocalDate topDue;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "request_note", length = 1000)
    private String requestNote;
    @Column(nullable = false)
    private boolean cancelled;
    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected ReportingRound() {
    }

    ReportingRound(ReportingRegime regime, ReportingPeriod period, String requestedBy, String requestNote,
                   LocalDateTime openedAt) {
        this.regimeId = regime.getId();
        this.planId = regime.getPlanId();
        this.kind = period.kind();
        this.periodKey = period.key();
        this.label = period.label();
        this.windowStart = period.windowStart();
        this.cutOff = period.cutOff();
        this.topDue = period.topDue();
        this.requestedBy = requestedBy;
        this.requestNote = requestNote;
        this.openedAt = openedAt;
    }

    void cancel() {
        this.cancelled = true;
    }

    public Long getId() { return id; }
    public Long getRegimeId() { return regimeId; }
    public Long getPlanId() { return planId; }
    public PeriodKind getKind() { return kind; }
    public String getPeriodKey() { return periodKey; }
    public String getLabel() { return label; }
    public LocalDate getWindowStart() { return windowStart; }
    public LocalDate getCutOff() { return cutOff; }
    public LocalDate getTopDue() { return topDue; }
    public String getRequestedBy() { return requestedBy; }
    public String getRequestNote() { return requestNote; }
    public boolean isCancelled() { return cancelled; }
    public LocalDateTime getOpenedAt() { return openedAt; }
}
