package vn.planflow.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of the plan's history: who decided what, with which comment, when. */
@Entity
@Table(name = "plan_decision")
public class PlanDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(nullable = false)
    private String step;
    @Column(nullable = false)
    private String decision;
    @Column(length = 8000)
    private String comment;
    @Column(name = "actor_id", nullable = false)
    private String actorId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt = LocalDateTime.now();

    protected PlanDecision() {
    }

    PlanDecision(Long planId, String step, String decision, String comment, String actorId, String actorName) {
        this.planId = planId;
        this.step = step;
        this.decision = decision;
        this.comment = comment;
        this.actorId = actorId;
        this.actorName = actorName;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getStep() { return step; }
    public String getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getActorId() { return actorId; }
    public String getActorName() { return actorName; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
