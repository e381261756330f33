package vn.planflow.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.support.ConflictException;
import vn.planflow.support.ForbiddenException;

/**
 * Plans made from other plans and the end of a plan's validity: the pre-filled draft a parent plan
 * demands of a lower unit, the replacement of an issued plan, recall, and the cancelled draft.
 * What the system does on its own is recorded in the history as "Hệ thống".
 */
@Service
@Transactional
public class PlanLineageService {
    public static final String SYSTEM = "system";
    private static final String SYSTEM_NAME = "Hệ thống";
    private final PlanRepository plans;
    private final PlanDecisionRepository decisions;
    private final PlanService planService;
    private final Memberships memberships;

    public PlanLineageService(PlanRepository plans, PlanDecisionRepository decisions, PlanService planService,
                              Memberships memberships) {
        this.plans = plans;
        this.decisions = decisions;
        this.planService = planService;
        this.memberships = memberships;
    }

    /** A draft demanded by a parent plan, issued by the unit itself; it has no drafter yet. */
    public Plan createChild(PlanContent content, String draftingUnitId, Long parentPlanId, Long demandId,
                            String note) {
        PlanValidator.requireText("title", content.title(), "Trích yếu (tên kế hoạch)", 1000);
        PlanValidator.requireText("periodLabel", content.periodLabel(), "Thời kỳ thực hiện", 200);
        Plan plan = plans.save(new Plan(content.title().strip(), content.periodLabel().strip(), draftingUnitId,
                content.issuingUnitId(), null));
        plan.linkParent(parentPlanId, demandId);
        planService.apply(plan, content);
        system(plan.getId(), "cascaded", note);
        return plan;
    }

    /**
     * A copy of an issued plan for a drafter of its unit to correct (DOMAIN §4: errors are fixed by
     * a replacement document). It keeps the original's parent demand; issued, it replaces it.
     */
    public Plan createReplacement(Long planId, String drafterId) {
        Plan original = planService.get(planId);
        if (original.getStatus() != PlanStatus.ISSUED) {
            throw new ConflictException("status", "Chỉ thay thế được kế hoạch đã ban hành và còn hiệu lực");
        }
        if (!memberships.has(drafterId, original.getDraftingUnitId(), Role.DRAFTER)) {
            throw new ForbiddenException("Chỉ chuyên viên của đơn vị soạn thảo mới được lập dự thảo thay thế");
        }
        if (plans.existsByReplacesPlanIdAndStatusIn(planId,
                Arrays.stream(PlanStatus.values()).filter(PlanStatus::open).toList())) {
            throw new ConflictException("replacement", "Kế hoạch " + original.getCode() + " đang có một dự thảo thay thế");
        }
        PlanContent content = PlanContents.of(original);
        Plan copy = plans.save(new Plan(content.title(), content.periodLabel(), original.getDraftingUnitId(),
                original.getIssuingUnitId(), drafterId));
        copy.markReplacementOf(planId);
        copy.linkParent(original.getParentPlanId(), original.getChildDemandId());
        planService.apply(copy, content);
        decisions.save(new PlanDecision(copy.getId(), PlanSteps.WRITE, "created", "Dự thảo thay thế Kế hoạch số "
                + original.getCode(), drafterId, memberships.fullName(drafterId)));
        return copy;
    }

    /** The issued plan stops being valid: recalled by its issuer, or replaced by another plan. */
    public void withdraw(Long planId, PlanStatus how, String reason, String actorId) {
        Plan plan = planService.get(planId);
        if (plan.getStatus() != PlanStatus.ISSUED) {
            throw new ConflictException("status", "Kế hoạch đang ở trạng thái \"" + plan.getStatus().label()
                    + "\", không thu hồi được");
        }
        plan.setStatus(how);
        String decision = how == PlanStatus.REPLACED ? "replaced" : "recalled";
        if (SYSTEM.equals(actorId)) {
            system(planId, decision, reason);
        } else {
            planService.recordDecision(planId, PlanSteps.ISSUE, decision, reason, actorId);
        }
    }

    /** An open draft that is no longer wanted (its parent plan was recalled). Issued plans stay. */
    public boolean cancel(Long planId, String reason) {
        Plan plan = planService.get(planId);
        if (!plan.getStatus().open()) {
            return false;
        }
        plan.setStatus(PlanStatus.CANCELLED);
        system(planId, "cancelled", reason);
        return true;
    }

    /** A child draft now answers another parent (the replacement): new link, new first legal basis. */
    public void relinkParent(Long childId, Long parentPlanId, Long demandId, String oldCitation, String newCitation) {
        Plan plan = planService.get(childId);
        plan.linkParent(parentPlanId, demandId);
        plan.replaceLegalBasis(oldCitation, newCitation);
        system(childId, "relinked", newCitation);
    }

    @Transactional(readOnly = true)
    public List<Plan> findAll(Collection<Long> ids) {
        return plans.findAllById(ids);
    }

    private void system(Long planId, String decision, String note) {
        planService.get(planId).touch();
        decisions.save(new PlanDecision(planId, PlanSteps.WRITE, decision, note, SYSTEM, SYSTEM_NAME));
    }
}
