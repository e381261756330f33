package vn.planflow.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of an obligation's history: progress, a reminder, the office chasing, the close. */
@Entity
@Table(name = "obligation_note")
public class ObligationNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id", nullable = false)
    private Long obligationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteKind kind;
    @Column(name = "progress_percent")
    private Integer progressPercent;
    @Column(length = 4000)
    private String text;
    @Column(name = "author_id", nullable = false)
    private String authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ObligationNote() {
    }

    ObligationNote(Long obligationId, NoteKind kind, Integer progressPercent, String text, String authorId,
                   String authorName, LocalDateTime createdAt) {
        this.obligationId = obligationId;
        this.kind = kind;
        this.progressPercent = progressPercent;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getObligationId() { return obligationId; }
    public NoteKind getKind() { return kind; }
    public Integer getProgressPercent() { return progressPercent; }
    public String getText() { return text; }
    public String getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
