package vn.planflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.ObjectProvider;
import vn.planflow.plan.PlanDecision;

/**
 * Every row of the plan's history (created, submitted, approved, returned, issued ...) gets its
 * audit line in the same transaction. Listening to the insert catches every path that records a
 * decision, including ones added later, without the plan feature knowing about auditing.
 */
class DecisionAuditor implements PostInsertEventListener {
    private final ObjectProvider<AuditLog> audit;

    DecisionAuditor(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof PlanDecision d) {
            HttpServletRequest request = CurrentRequest.get();
            audit.getObject().decision(d.getActorId(), AuditChannel.of(request), CurrentRequest.remoteAddress(),
                    d.getPlanId(), d.getStep(), d.getDecision());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
