package vn.planflow.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.Instant;

/** A document written into the outgoing register; number is unique per unit and year. */
@Entity
@Table(name = "outgoing_register_entry")
public class OutgoingRegisterEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "issuing_unit_id", nullable = false, length = 64)
    private String issuingUnitId;
    @Column(name = "register_year", nullable = false)
    private int registerYear;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, length = 64)
    private String code;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "document_type", nullable = false, length = 64)
    private String documentType;
    @Column(nullable = false, length = 1000)
    private String title;
    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;
    @Column(nullable = false, length = 4000)
    private String recipients;
    @Column(name = "archive_unit", nullable = false, length = 200)
    private String archiveUnit;
    @Column(nullable = false)
    private int copies;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(length = 2000)
    private String notes;
    @Column(name = "plan_id")
    private Long planId;
    /** A plain TIMESTAMP column; hibernate.jdbc.time_zone stores it as Vietnam wall time. */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutgoingRegisterEntry() {
    }

    OutgoingRegisterEntry(RegisterEntryRequest r, Instant createdAt) {
        this.issuingUnitId = r.issuingUnitId();
        this.registerYear = r.year();
        this.number = r.number();
        this.code = r.code();
        this.issuedOn = r.issuedOn();
        this.documentType = r.documentType();
        this.title = r.title();
        this.signerName = r.signerName();
        this.recipients = r.recipients();
        this.archiveUnit = r.archiveUnit();
        this.copies = r.copies();
        this.sentOn = r.sentOn();
        this.notes = r.notes();
        this.planId = r.planId();
        this.createdAt = createdAt;
    }

    void markSent(LocalDate day) {
        this.sentOn = day;
    }

    public Long getId() { return id; }
    public String getIssuingUnitId() { return issuingUnitId; }
    public int getRegisterYear() { return registerYear; }
    public int getNumber() { return number; }
    public String getCode() { return code; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getDocumentType() { return documentType; }
    public String getTitle() { return title; }
    public String getSignerName() { return signerName; }
    public String getRecipients() { return recipients; }
    public String getArchiveUnit() { return archiveUnit; }
    public int getCopies() { return copies; }
    public LocalDate getSentOn() { return sentOn; }
    public String getNotes() { return notes; }
    public Long getPlanId() { return planId; }
    public Instant getCreatedAt() { return createdAt; }
}
