package vn.planflow.audit;

import java.time.LocalDateTime;

/** One line of the audit log as an administrator reads it; times are Vietnam time. */
public record AuditRecord(long id, LocalDateTime occurredAt, AuditKind kind, AuditChannel channel, String actorId,
                          String remoteAddress, Long planId, String step, String decision, String detail) {
}
