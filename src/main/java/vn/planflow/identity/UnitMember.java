package vn.planflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's role in one unit. The same person may hold several. */
@Entity
@Table(name = "unit_member")
@IdClass(UnitMember.Key.class)
public class UnitMember {
    @Id
    @Column(name = "user_id")
    private String userId;
    @Id
    @Column(name = "unit_id")
    private String unitId;
    @Id
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "full_name", nullable = false)
    private String fullName;

    protected UnitMember() {
    }

    public UnitMember(String userId, String unitId, Role role, String fullName) {
        this.userId = userId;
        this.unitId = unitId;
        this.role = role;
        this.fullName = fullName;
    }

    public String getUserId() { return userId; }
    public String getUnitId() { return unitId; }
    public Role getRole() { return role; }
    public String getFullName() { return fullName; }

    public record Key(String userId, String unitId, Role role) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
