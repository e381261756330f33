package vn.planflow.issuance;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.document.DocumentFormats;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.plan.Plan;
import vn.planflow.plan.PlanLineageService;
import vn.planflow.plan.PlanService;
import vn.planflow.plan.PlanStatus;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.UnitService;

/**
 * DOMAIN §4: a signed plan is corrected by a replacement document or recalled. The replacement
 * starts as a copy of the plan and goes through PlanIssuance again; the original is withdrawn only
 * when the replacement is issued, so there is never a day without a valid plan.
 */
@Service
@Transactional
public class PlanWithdrawalService {
    private final PlanService plans;
    private final PlanLineageService lineage;
    private final UnitService units;
    private final Memberships memberships;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtimeService;

    public PlanWithdrawalService(PlanService plans, PlanLineageService lineage, UnitService units,
                                 Memberships memberships, ApplicationEventPublisher events,
                                 RuntimeService runtimeService) {
        this.plans = plans;
        this.lineage = lineage;
        this.units = units;
        this.memberships = memberships;
        this.events = events;
        this.runtimeService = runtimeService;
    }

    /** The issuer's leaders and its records clerks may recall; the reason is told to everyone concerned. */
    public void recall(Long planId, String reason, String actorId) {
        Plan plan = plans.get(planId);
        requireIssuerSide(plan, actorId);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Cần ghi rõ lý do thu hồi kế hoạch");
        }
        if (reason.length() > 2000) {
            throw new ValidationException("reason", "Lý do thu hồi dài quá 2000 ký tự");
        }
        lineage.withdraw(planId, PlanStatus.RECALLED, reason.strip(), actorId);
        events.publishEvent(new PlanRecalledEvent(planId, null, reason.strip()));
    }

    /** A drafter of the plan's unit starts the replacement draft; the engine checks he may start PlanIssuance. */
    public Plan startReplacement(Long planId, String actorId) {
        Plan copy = lineage.createReplacement(planId, actorId);
        runtimeService.startProcessInstanceByKey("PlanIssuance", String.valueOf(copy.getId()),
                Map.of("planId", copy.getId(), "initiator", actorId));
        return copy;
    }

    /** Called after the follow-ups of an issued replacement have started; a retry does nothing twice. */
    public void replacementIssued(Long planId) {
        Plan plan = plans.get(planId);
        if (plan.getReplacesPlanId() == null) {
            return;
        }
        Plan old = plans.get(plan.getReplacesPlanId());
        if (old.getStatus() != PlanStatus.ISSUED) {
            return;
        }
        String reason = "Được thay thế bởi Kế hoạch số " + plan.getCode() + " ngày "
                + DocumentFormats.shortDate(plan.getIssuedOn());
        lineage.withdraw(old.getId(), PlanStatus.REPLACED, reason, PlanLineageService.SYSTEM);
        events.publishEvent(new PlanRecalledEvent(old.getId(), planId, reason));
    }

    private void requireIssuerSide(Plan plan, String userId) {
        String issuer = plan.getIssuingUnitId();
        boolean leader = units.leaders(issuer).stream().anyMatch(l -> l.getUserId().equals(userId));
        boolean clerk = memberships.has(userId, units.officeOf(issuer).getId(), Role.CLERK);
        if (!leader && !clerk && !memberships.isAdmin(userId)) {
            throw new ForbiddenException("Chỉ lãnh đạo hoặc văn thư của cơ quan ban hành mới được thu hồi kế hoạch");
        }
    }
}
