package vn.planflow.dashboard;

import java.util.List;
import vn.planflow.cascade.CascadeView;

/**
 * What the dashboard of one plan shows. Counts are computed here so that the page only draws them
 * and a test can compare the page with this answer.
 */
public record DashboardView(Long planId, String code, String title, String issuingUnitName, String status,
                            CascadeView cascade, List<RoundCompliance> compliance, List<UnitOverdue> overdue) {

    /** One reporting period: how the units that had to report in it did. */
    public record RoundCompliance(Long roundId, String label, String kind, boolean cancelled, int onTime, int late,
                                  int missing) {
    }

    /** Obligations led by one unit, in this plan and the plans demanded below it. */
    public record UnitOverdue(String unitId, String unitName, int overdue, int open, int total) {
    }
}
