package vn.planflow.cascade;

/** The parent's record of one demand; while STARTED the child plan's own status says more. */
public enum DemandStatus {
    PENDING, STARTED, OUTSIDE_SYSTEM, ISSUED, CLOSED, CANCELLED, TRANSFERRED;

    /** Still expected to produce a plan. */
    public boolean open() {
        return this == PENDING || this == STARTED || this == OUTSIDE_SYSTEM;
    }
}
