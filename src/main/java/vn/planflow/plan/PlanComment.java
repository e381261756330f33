package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A consulted unit's answer, and the drafter's resolution of it (accept or explain). */
@Entity
@Table(name = "plan_comment")
public class PlanComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "unit_name", nullable = false)
    private String unitName;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "author_name")
    private String authorName;
    @Column(nullable = false)
    private boolean agrees;
    /** No answer by the deadline: counted as agreeing. */
    @Column(nullable = false)
    private boolean silent;
    @Column(length = 8000)
    private String text;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt = LocalDateTime.now();
    private String resolution;
    @Column(length = 8000)
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected PlanComment() {
    }

    PlanComment(Long planId, String unitId, String unitName, String authorId, String authorName,
                boolean agrees, boolean silent, String text) {
        this.planId = planId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.authorId = authorId;
        this.authorName = authorName;
        this.agrees = agrees;
        this.silent = silent;
        this.text = text;
    }

    void resolve(String resolution, String answer, String userId) {
        this.resolution = resolution;
        this.answer = answer;
        this.answeredBy = userId;
        this.answeredAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public String getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public boolean isAgrees() { return agrees; }
    public boolean isSilent() { return silent; }
    public String getText() { return text; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getResolution() { return resolution; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public LocalDateTime getAnsweredAt() { return answeredAt; }

    /** A comment that asks for a change needs the drafter's answer. */
    public boolean needsAnswer() {
        return !agrees && !silent;
    }
}
