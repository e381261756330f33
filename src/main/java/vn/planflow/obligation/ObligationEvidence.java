package vn.planflow.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file proving the work (minutes, photos, the product itself); the bytes live in the file store. */
@Entity
@Table(name = "obligation_evidence")
public class ObligationEvidence {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id", nullable = false)
    private Long obligationId;
    @Column(name = "file_id", nullable = false)
    private String fileId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(length = 1000)
    private String description;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected ObligationEvidence() {
    }

    ObligationEvidence(Long obligationId, String fileId, String fileName, long sizeBytes, String description,
                       String uploadedBy, LocalDateTime uploadedAt) {
        this.obligationId = obligationId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.description = description;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getObligationId() { return obligationId; }
    public String getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getDescription() { return description; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
