package vn.planflow.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One node of the hierarchy. The parent is kept as an id so a tree of any depth stays cheap. */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(name = "short_name", nullable = false)
    private String shortName;
    /** The issuing-body lines of the document header; '\n' separates lines. */
    @Column(name = "header_name", nullable = false)
    private String headerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;
    @Enumerated(EnumType.STRING)
    private UnitLevel level;
    @Column(name = "parent_id")
    private String parentId;
    /** Body code in document numbers: UBND, VHTT, STTTT. */
    @Column(nullable = false)
    private String code;
    @Column(name = "place_name", nullable = false)
    private String placeName;
    @Column(name = "on_system", nullable = false)
    private boolean onSystem;
    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String id, String name, String shortName, String headerName, UnitKind kind, UnitLevel level,
                String parentId, String code, String placeName, boolean onSystem) {
        this.id = id;
        update(name, shortName, headerName, kind, level, parentId, code, placeName, onSystem);
    }

    public void update(String name, String shortName, String headerName, UnitKind kind, UnitLevel level,
                       String parentId, String code, String placeName, boolean onSystem) {
        this.name = name;
        this.shortName = shortName;
        this.headerName = headerName;
        this.kind = kind;
        this.level = level;
        this.parentId = parentId;
        this.code = code;
        this.placeName = placeName;
        this.onSystem = onSystem;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getHeaderName() { return headerName; }
    public UnitKind getKind() { return kind; }
    public UnitLevel getLevel() { return level; }
    public String getParentId() { return parentId; }
    public String getCode() { return code; }
    public String getPlaceName() { return placeName; }
    public boolean isOnSystem() { return onSystem; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
