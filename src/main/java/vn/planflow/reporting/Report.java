package vn.planflow.reporting;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unit's report in one round. A unit at the bottom submits figures and text; a collecting
 * unit's report is the summary of its children's, and is itself a child of the level above.
 */
@Entity
@Table(name = "unit_report")
public class Report {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false)
    private Long roundId;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "parent_report_id")
    private Long parentReportId;
    @Column(nullable = false)
    private boolean collector;
    @Column(nullable = false)
    private int depth;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;
    @Column(nullable = false)
    private boolean late;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;
    @Column(name = "last_reminded_at")
    private LocalDateTime lastRemindedAt;
    @Column(length = 8000)
    private String results;
    @Column(length = 8000)
    private String difficulties;
    @Column(length = 8000)
    private String proposals;
    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    private Integer number;
    private String code;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "docx_file_id")
    private String docxFileId;
    @Column(name = "xlsx_file_id")
    private String xlsxFileId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    // A handful of figures, shown with every report: loaded with it.
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "unit_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "figure_key")
    @Column(name = "figure_value", nullable = false, precision = 18, scale = 2)
    private Map<String, BigDecimal> figures = new LinkedHashMap<>();

    protected Report() {
    }

    Report(Long roundId, String unitId, Long parentReportId, boolean collector, int depth, LocalDate dueDate) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.parentReportId = parentReportId;
        this.collector = collector;
        this.depth = depth;
        this.dueDate = dueDate;
        this.status = collector ? ReportStatus.COLLECTING : ReportStatus.PENDING;
    }

    void submit(Map<String, BigDecimal> values, String results, String difficulties, String proposals,
                String by, LocalDateTime at, boolean late) {
        this.figures.clear();
        this.figures.putAll(values);
        write(results, difficulties, proposals);
        this.submittedBy = by;
        this.submittedAt = at;
        this.late = this.late || late;
        this.status = ReportStatus.SUBMITTED;
    }

    void write(String results, String difficulties, String proposals) {
        this.results = results;
        this.difficulties = difficulties;
        this.proposals = proposals;
    }

    void setStatus(ReportStatus status) {
        this.status = status;
    }

    void markLate() {
        this.late = true;
    }

    void remind(LocalDateTime at) {
        reminderCount++;
        lastRemindedAt = at;
    }

    void decide(String comment, String approver, LocalDateTime at) {
        this.decisionComment = comment;
        this.approvedBy = approver;
        this.approvedAt = approver == null ? null : at;
    }

    /** The summary leaves for the level above: numbered, with its totals frozen and its files kept. */
    void send(Map<String, BigDecimal> totals, int number, String code, LocalDate issuedOn, LocalDateTime at,
              boolean late) {
        this.figures.clear();
        this.figures.putAll(totals);
        this.number = number;
        this.code = code;
        this.issuedOn = issuedOn;
        this.submittedAt = at;
        this.submittedBy = approvedBy;
        this.late = this.late || late;
        this.status = ReportStatus.SENT;
    }

    void attachFiles(String docxFileId, String xlsxFileId) {
        this.docxFileId = docxFileId;
        this.xlsxFileId = xlsxFileId;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public String getUnitId() { return unitId; }
    public Long getParentReportId() { return parentReportId; }
    public boolean isCollector() { return collector; }
    public int getDepth() { return depth; }
    public LocalDate getDueDate() { return dueDate; }
    public ReportStatus getStatus() { return status; }
    public boolean isLate() { return late; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public int getReminderCount() { return reminderCount; }
    public LocalDateTime getLastRemindedAt() { return lastRemindedAt; }
    public String getResults() { return results; }
    public String getDifficulties() { return difficulties; }
    public String getProposals() { return proposals; }
    public String getDecisionComment() { return decisionComment; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public Integer getNumber() { return number; }
    public String getCode() { return code; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getDocxFileId() { return docxFileId; }
    public String getXlsxFileId() { return xlsxFileId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Map<String, BigDecimal> getFigures() { return Map.copyOf(figures); }
}
