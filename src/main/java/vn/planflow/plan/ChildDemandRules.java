package vn.planflow.plan;

import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.planflow.document.DocumentFormats;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/**
 * The rules for "UBND các xã xây dựng kế hoạch ... trước ngày ..." (DOMAIN §1, kind 1): only a unit
 * of the hierarchy below the issuer can be told to issue its own plan, and only by a date after
 * the day this plan is issued. Checked when the draft is sent on and again when the signer approves.
 */
@Component
public class ChildDemandRules {
    static final String UNITS_FIELD = "childPlanUnitIds";
    static final String DUE_FIELD = "childPlanDueDate";
    private final UnitService units;
    private final ObjectProvider<ChildDemandGuard> guards;

    public ChildDemandRules(UnitService units, ObjectProvider<ChildDemandGuard> guards) {
        this.units = units;
        this.guards = guards;
    }

    void check(Plan plan, LocalDate today) {
        Unit issuer = units.get(plan.getIssuingUnitId());
        for (PlanRecipient r : plan.getRecipients()) {
            if (!r.isChildPlanDemanded()) {
                continue;
            }
            if (r.getUnitId() == null) {
                throw new ValidationException(UNITS_FIELD, "Chỉ yêu cầu xây dựng kế hoạch được với đơn vị có trong danh mục, không với \""
                        + r.getName() + "\"");
            }
            Unit unit = units.get(r.getUnitId());
            if (unit.getId().equals(issuer.getId()) || !units.isAtOrBelow(unit.getId(), issuer.getId())) {
                throw new ValidationException(UNITS_FIELD, unit.getName() + " không phải là đơn vị cấp dưới của "
                        + issuer.getName() + " nên không thể yêu cầu xây dựng kế hoạch");
            }
            if (r.getChildPlanDue() != null && !r.getChildPlanDue().isAfter(today)) {
                throw new ValidationException(DUE_FIELD, "Hạn ban hành kế hoạch của " + unit.getShortName() + " ("
                        + DocumentFormats.shortDate(r.getChildPlanDue()) + ") phải sau ngày ban hành kế hoạch này");
            }
        }
        guards.orderedStream().forEach(g -> g.check(plan));
    }
}
