package vn.planflow.plan;

/**
 * A further check on the child plans a plan demands, made by the feature that tracks them (it knows
 * which units an ancestor plan has already asked). Throws a ValidationException to refuse.
 */
public interface ChildDemandGuard {
    void check(Plan plan);
}
