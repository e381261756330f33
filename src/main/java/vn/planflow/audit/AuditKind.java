package vn.planflow.audit;

/** What an audit entry records. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    DECISION
}
