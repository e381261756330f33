package vn.planflow.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who may sign for a unit. */
@Entity
@Table(name = "unit_leader")
public class UnitLeader {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeaderPosition position;

    protected UnitLeader() {
    }

    public UnitLeader(String unitId, String userId, String fullName, LeaderPosition position) {
        this.unitId = unitId;
        this.userId = userId;
        this.fullName = fullName;
        this.position = position;
    }

    public Long getId() { return id; }
    public String getUnitId() { return unitId; }
    public String getUserId() { return userId; }
    public String getFullName() { return fullName; }
    public LeaderPosition getPosition() { return position; }
}
