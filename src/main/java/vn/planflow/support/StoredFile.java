package vn.planflow.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Metadata of a file kept in the file store. */
@Entity
@Table(name = "stored_file")
public class StoredFile {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();

    protected StoredFile() {
    }

    StoredFile(String id, String name, String contentType, long sizeBytes) {
        this.id = id;
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
