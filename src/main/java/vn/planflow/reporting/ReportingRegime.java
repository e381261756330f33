package vn.planflow.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a plan demands in reports: which periods, which units, which figures, how far apart the
 * levels' due dates are. The last opened period is kept so missed rounds are caught up in order.
 */
@Entity
@Table(name = "reporting_regime")
public class ReportingRegime {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false, unique = true)
    private Long planId;
    @Column(name = "root_unit_id", nullable = false)
    private String rootUnitId;
    @Column(name = "own_due_month")
    private Integer ownDueMonth;
    @Column(name = "own_due_day")
    private Integer ownDueDay;
    @Column(name = "level_gap_days", nullable = false)
    private int levelGapDays;
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegimeStatus status = RegimeStatus.CONFIGURED;
    @Column(name = "active_from")
    private LocalDate activeFrom;
    @Column(name = "plan_end")
    private LocalDate planEnd;
    @Column(name = "last_cut_off")
    private LocalDate lastCutOff;
    @Enumerated(EnumType.STRING)
    @Column(name = "last_kind")
    private PeriodKind lastKind;
    @Column(name = "configured_by", nullable = false)
    private String configuredBy;
    @Column(name = "configured_at", nullable = false)
    private LocalDateTime configuredAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    // Small lists, needed whenever the regime is: loaded with it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_regime_period", joinColumns = @JoinColumn(name = "regime_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private Set<PeriodKind> periods = EnumSet.noneOf(PeriodKind.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_regime_unit", joinColumns = @JoinColumn(name = "regime_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id", nullable = false)
    private List<String> reportingUnitIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_regime_figure", joinColumns = @JoinColumn(name = "regime_id"))
    @OrderColumn(name = "position")
    private List<RegimeFigure> figures = new ArrayList<>();

    protected ReportingRegime() {
    }

    ReportingRegime(Long planId, String rootUnitId) {
        this.planId = planId;
        this.rootUnitId = rootUnitId;
    }

    void configure(Set<PeriodKind> periods, MonthDay ownDue, List<String> unitIds, List<RegimeFigure> figures,
                   int levelGapDays, int reminderDays, String by, LocalDateTime at) {
        this.periods.clear();
        this.periods.addAll(periods);
        this.ownDueMonth = ownDue == null ? null : ownDue.getMonthValue();
        this.ownDueDay = ownDue == null ? null : ownDue.getDayOfMonth();
        this.reportingUnitIds.clear();
        this.reportingUnitIds.addAll(unitIds);
        this.figures.clear();
        this.figures.addAll(figures);
        this.levelGapDays = levelGapDays;
        this.reminderDays = reminderDays;
        this.configuredBy = by;
        this.configuredAt = at;
    }

    void activate(LocalDate from, LocalDate planEnd) {
        this.status = RegimeStatus.ACTIVE;
        this.activeFrom = from;
        this.planEnd = planEnd;
    }

    void opened(ReportingPeriod period) {
        this.lastCutOff = period.cutOff();
        this.lastKind = period.kind();
    }

    void finish(RegimeStatus status) {
        this.status = status;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getRootUnitId() { return rootUnitId; }
    public MonthDay getOwnDue() { return ownDueMonth == null ? null : MonthDay.of(ownDueMonth, ownDueDay); }
    public int getLevelGapDays() { return levelGapDays; }
    public int getReminderDays() { return reminderDays; }
    public RegimeStatus getStatus() { return status; }
    public LocalDate getActiveFrom() { return activeFrom; }
    public LocalDate getPlanEnd() { return planEnd; }
    public LocalDate getLastCutOff() { return lastCutOff; }
    public PeriodKind getLastKind() { return lastKind; }
    public String getConfiguredBy() { return configuredBy; }
    public LocalDateTime getConfiguredAt() { return configuredAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Set<PeriodKind> getPeriods() { return periods.isEmpty() ? Set.of() : EnumSet.copyOf(periods); }
    public List<String> getReportingUnitIds() { return List.copyOf(reportingUnitIds); }
    public List<RegimeFigure> getFigures() { return List.copyOf(figures); }
}
