package vn.planflow.reporting;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.identity.Memberships;
import vn.planflow.identity.Role;
import vn.planflow.identity.UnitMember;
import vn.planflow.support.ForbiddenException;
import vn.planflow.unit.UnitService;

/**
 * Who may do what with reports, the same rule as the candidate groups of the BPMN: a unit's
 * report is prepared at its desk (its office, or the unit itself) by drafters, office checkers
 * and clerks; a summary is approved by the collecting unit's signers. Reading follows the tree
 * upward: a unit sees its own reports and those of the units that report to it.
 */
@Component
@Transactional(readOnly = true)
public class ReportAccess {
    private static final Set<Role> PREPARERS = Set.of(Role.DRAFTER, Role.CHECKER, Role.CLERK);
    private final Memberships memberships;
    private final ReportTree tree;
    private final UnitService units;
    private final ReportRepository reports;

    public ReportAccess(Memberships memberships, ReportTree tree, UnitService units, ReportRepository reports) {
        this.memberships = memberships;
        this.tree = tree;
        this.units = units;
        this.reports = reports;
    }

    /** May prepare and submit the unit's report, or remind the units reporting to it. */
    public boolean isPreparer(String userId, String unitId) {
        String desk = tree.deskOf(unitId);
        return memberships.of(userId).stream()
                .anyMatch(m -> m.getUnitId().equals(desk) && PREPARERS.contains(m.getRole()));
    }

    public boolean isSigner(String userId, String unitId) {
        return memberships.has(userId, unitId, Role.SIGNER);
    }

    /** Anyone working in the unit or at its desk. */
    public boolean worksIn(String userId, String unitId) {
        String desk = tree.deskOf(unitId);
        return memberships.of(userId).stream().map(UnitMember::getUnitId)
                .anyMatch(u -> u.equals(unitId) || u.equals(desk));
    }

    public boolean canSee(String userId, Report report) {
        if (memberships.isAdmin(userId)) {
            return true;
        }
        Report at = report;
        for (int guard = 0; at != null && guard < 64; guard++) {
            if (worksIn(userId, at.getUnitId())) {
                return true;
            }
            at = at.getParentReportId() == null ? null : reports.findById(at.getParentReportId()).orElse(null);
        }
        return false;
    }

    public void requireVisible(String userId, Report report) {
        if (!canSee(userId, report)) {
            throw new ForbiddenException("Bạn không có quyền xem báo cáo của " + units.get(report.getUnitId()).getName());
        }
    }

    public void requirePreparer(String userId, String unitId) {
        if (!isPreparer(userId, unitId)) {
            throw new ForbiddenException("Bạn không thuộc bộ phận lập báo cáo của " + units.get(unitId).getName()
                    + ", không được báo cáo thay đơn vị này");
        }
    }
}
