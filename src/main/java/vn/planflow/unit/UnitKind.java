package vn.planflow.unit;

/** What a unit is inside (or outside) the hierarchy. */
public enum UnitKind {
    /** Ủy ban nhân dân: issues plans in its own name. */
    COMMITTEE,
    /** Sở, Phòng: a department of a committee. */
    DEPARTMENT,
    /** Văn phòng UBND / HĐND-UBND: checks form, keeps the registers. */
    OFFICE,
    /** Mặt trận, đoàn thể, báo chí: a recipient outside the hierarchy. */
    EXTERNAL
}
