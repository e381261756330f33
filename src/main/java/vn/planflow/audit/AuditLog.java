package vn.planflow.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;

/**
 * Writes the audit log with plain JDBC: a decision's line joins the transaction that records the
 * decision (same connection), so it commits or rolls back with it.
 */
@Component
public class AuditLog {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, kind, channel, actor_id,"
            + " remote_address, plan_id, step, decision, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;
    private final Duration signInInterval;
    // Basic auth signs in on every request: one line per person, door and interval is enough.
    private final Map<String, Instant> lastSignIn = new ConcurrentHashMap<>();

    public AuditLog(JdbcTemplate jdbc, @Value("${planflow.audit.sign-in-interval:PT30M}") Duration signInInterval) {
        this.jdbc = jdbc;
        this.signInInterval = signInInterval;
    }

    public void signIn(String userId, AuditChannel channel, String remoteAddress) {
        String key = channel + "/" + userId;
        Instant now = Instant.now();
        Instant last = lastSignIn.get(key);
        if (last != null && last.plus(signInInterval).isAfter(now)) {
            return;
        }
        lastSignIn.put(key, now);
        quietly(AuditKind.SIGN_IN, channel, userId, remoteAddress, null);
    }

    /** Every failure is written: a run of them is what an administrator looks for. */
    public void signInFailed(String typedUserId, AuditChannel channel, String remoteAddress, String reason) {
        quietly(AuditKind.SIGN_IN_FAILED, channel, typedUserId, remoteAddress, reason);
    }

    /** Inside the caller's transaction; a failure here fails the decision, so none goes unlogged. */
    public void decision(String actorId, AuditChannel channel, String remoteAddress, Long planId, String step,
                         String decision) {
        jdbc.update(INSERT, now(), AuditKind.DECISION.name(), channel.name(), cut(actorId, 64),
                cut(remoteAddress, 64), planId, cut(step, 40), cut(decision, 20), null);
    }

    public List<AuditRecord> search(AuditKind kind, String actorId, Long planId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, kind, channel, actor_id, remote_address,"
                + " plan_id, step, decision, detail FROM audit_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind.name());
        }
        if (actorId != null) {
            sql.append(" AND actor_id = ?");
            args.add(actorId);
        }
        if (planId != null) {
            sql.append(" AND plan_id = ?");
            args.add(planId);
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecord(rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class), AuditKind.valueOf(rs.getString("kind")),
                AuditChannel.valueOf(rs.getString("channel")), rs.getString("actor_id"),
                rs.getString("remote_address"), rs.getObject("plan_id", Long.class), rs.getString("step"),
                rs.getString("decision"), rs.getString("detail")), args.toArray());
    }

    /** A sign-in line must never turn a good sign-in into an error page; it is logged instead. */
    private void quietly(AuditKind kind, AuditChannel channel, String actorId, String remoteAddress, String detail) {
        try {
            jdbc.update(INSERT, now(), kind.name(), channel.name(), cut(actorId, 64), cut(remoteAddress, 64),
                    null, null, null, cut(detail, 500));
        } catch (RuntimeException e) {
            log.warn("Could not write audit entry {} {} {}: {}", kind, channel, actorId, e.getMessage());
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(DueDates.ZONE);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
