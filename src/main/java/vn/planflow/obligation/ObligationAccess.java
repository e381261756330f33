package vn.planflow.obligation;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.identity.UnitMember;
import vn.planflow.plan.Plan;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * The rule behind the BPMN's candidate groups, for the API: the lead unit's drafters and head
 * (for a committee, its office's checkers and clerks) update and close; the issuing office chases;
 * supporting units, the issuer and its office read.
 */
@Component
@Transactional(readOnly = true)
public class ObligationAccess {
    private final Memberships memberships;
    private final UnitService units;

    public ObligationAccess(Memberships memberships, UnitService units) {
        this.memberships = memberships;
        this.units = units;
    }

    public String deskOf(String unitId) {
        return units.officeOf(unitId).getId();
    }

    public boolean canUpdate(String userId, Obligation o) {
        if (o.getLeadUnitId() == null) {
            return false;
        }
        String desk = deskOf(o.getLeadUnitId());
        return memberships.of(userId).stream().anyMatch(m ->
                m.getUnitId().equals(o.getLeadUnitId()) && Set.of(Role.DRAFTER, Role.HEAD).contains(m.getRole())
                        || m.getUnitId().equals(desk) && Set.of(Role.CHECKER, Role.CLERK).contains(m.getRole()));
    }

    public boolean canChase(String userId, Plan plan) {
        String office = units.officeOf(plan.getIssuingUnitId()).getId();
        return memberships.has(userId, office, Role.CHECKER) || memberships.has(userId, office, Role.CLERK);
    }

    public boolean canSee(String userId, Obligation o, Plan plan) {
        if (memberships.isAdmin(userId) || userId.equals(plan.getDrafterId()) || canUpdate(userId, o)) {
            return true;
        }
        Set<String> mine = memberships.of(userId).stream().map(UnitMember::getUnitId)
                .collect(java.util.stream.Collectors.toSet());
        if (o.getLeadUnitId() != null && (mine.contains(o.getLeadUnitId()) || mine.contains(deskOf(o.getLeadUnitId())))) {
            return true;
        }
        if (mine.contains(plan.getIssuingUnitId()) || mine.contains(units.officeOf(plan.getIssuingUnitId()).getId())
                || mine.contains(plan.getDraftingUnitId())) {
            return true;
        }
        return o.getSupportingUnitIds().stream().anyMatch(u -> mine.contains(u) || mine.contains(deskOf(u)));
    }

    public void requireVisible(String userId, Obligation o, Plan plan) {
        if (!canSee(userId, o, plan)) {
            throw new ForbiddenException("Bạn không có quyền xem nhiệm vụ này");
        }
    }

    public void requireUpdater(String userId, Obligation o) {
        if (!canUpdate(userId, o)) {
            throw new ForbiddenException("Chỉ đơn vị chủ trì (" + o.getLeadUnitName()
                    + ") mới cập nhật tiến độ và báo kết quả nhiệm vụ này");
        }
    }
}
