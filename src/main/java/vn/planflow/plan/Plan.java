package vn.planflow.plan;

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

/** A plan (Kế hoạch): its content while drafted, and its number and date once issued. */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 1000)
    private String title;
    @Column(name = "period_label", nullable = false)
    private String periodLabel;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "drafting_unit_id", nullable = false)
    private String draftingUnitId;
    @Column(name = "issuing_unit_id", nullable = false)
    private String issuingUnitId;
    /** Null for a child plan until a drafter of the drafting unit takes it up. */
    @Column(name = "drafter_id")
    private String drafterId;
    @Column(name = "signer_id")
    private String signerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFTING;
    @Column(length = 4000)
    private String closing;
    @Column(name = "consultation_due")
    private LocalDate consultationDue;
    @Column(name = "consultation_done", nullable = false)
    private boolean consultationDone;
    private Integer number;
    private String code;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private Integer copies;
    @Column(name = "document_file_id")
    private String documentFileId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    /** The plan that demanded this one (a child plan), and the demand it answers. */
    @Column(name = "parent_plan_id")
    private Long parentPlanId;
    @Column(name = "child_demand_id")
    private Long childDemandId;
    /** The issued plan this one replaces once it is issued itself. */
    @Column(name = "replaces_plan_id")
    private Long replacesPlanId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt = LocalDateTime.now();
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 2000)
    private List<String> legalBases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_section", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_appendix_row", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<AppendixRow> appendix = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanRecipient> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_consulted_unit", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id", nullable = false)
    private List<String> consultedUnitIds = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String title, String periodLabel, String draftingUnitId, String issuingUnitId, String drafterId) {
        this.title = title;
        this.periodLabel = periodLabel;
        this.draftingUnitId = draftingUnitId;
        this.issuingUnitId = issuingUnitId;
        this.drafterId = drafterId;
    }

    /** Replaces the editable content; the caller has validated it. */
    void apply(PlanContent c, List<PlanSection> newSections, List<PlanRecipient> newRecipients) {
        title = c.title().strip();
        periodLabel = c.periodLabel().strip();
        periodStart = c.periodStart();
        periodEnd = c.periodEnd();
        issuingUnitId = c.issuingUnitId();
        signerId = c.signerId();
        closing = c.closing();
        consultationDue = c.consultationDue();
        replace(legalBases, c.legalBases());
        replace(sections, newSections);
        replace(appendix, c.appendix().stream().map(PlanContent.AppendixItem::toRow).toList());
        replace(recipients, newRecipients);
        replace(consultedUnitIds, c.consultedUnitIds());
        touch();
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    void touch() {
        updatedAt = LocalDateTime.now();
    }

    void setStatus(PlanStatus status) {
        this.status = status;
        touch();
    }

    void markConsultationDone() {
        consultationDone = true;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void issue(int number, String code, LocalDate issuedOn, int copies) {
        this.number = number;
        this.code = code;
        this.issuedOn = issuedOn;
        this.copies = copies;
        setStatus(PlanStatus.ISSUED);
    }

    void assignDrafter(String drafterId) {
        this.drafterId = drafterId;
        touch();
    }

    void linkParent(Long parentPlanId, Long childDemandId) {
        this.parentPlanId = parentPlanId;
        this.childDemandId = childDemandId;
        touch();
    }

    void markReplacementOf(Long planId) {
        this.replacesPlanId = planId;
    }

    /** A new first line of the legal basis, in place of the line citing the former parent. */
    void replaceLegalBasis(String oldLine, String newLine) {
        int at = legalBases.indexOf(oldLine);
        if (at >= 0) {
            legalBases.set(at, newLine);
        } else {
            legalBases.add(0, newLine);
        }
        touch();
    }

    void attachDocument(String fileId) {
        this.documentFileId = fileId;
    }

    void setCopies(Integer copies) {
        this.copies = copies;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getPeriodLabel() { return periodLabel; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getDraftingUnitId() { return draftingUnitId; }
    public String getIssuingUnitId() { return issuingUnitId; }
    public String getDrafterId() { return drafterId; }
    public String getSignerId() { return signerId; }
    public PlanStatus getStatus() { return status; }
    public String getClosing() { return closing; }
    public LocalDate getConsultationDue() { return consultationDue; }
    public boolean isConsultationDone() { return consultationDone; }
    public Integer getNumber() { return number; }
    public String getCode() { return code; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public Integer getCopies() { return copies; }
    public String getDocumentFileId() { return documentFileId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getParentPlanId() { return parentPlanId; }
    public Long getChildDemandId() { return childDemandId; }
    public Long getReplacesPlanId() { return replacesPlanId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public List<String> getLegalBases() { return List.copyOf(legalBases); }
    public List<PlanSection> getSections() { return List.copyOf(sections); }
    public List<AppendixRow> getAppendix() { return List.copyOf(appendix); }
    public List<PlanRecipient> getRecipients() { return List.copyOf(recipients); }
    public List<String> getConsultedUnitIds() { return List.copyOf(consultedUnitIds); }

    /** Still waiting for consultation: units were named and their comments not yet collected. */
    public boolean consultationPending() {
        return !consultationDone && !consultedUnitIds.isEmpty();
    }
}
