package vn.planflow.cascade;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cascade of one plan: every plan demanded below it, at every depth, with counts per depth and
 * status. A child's node holds the plans it demanded in turn.
 */
public record CascadeView(Long planId, String code, LocalDate issuedOn, String title, String issuingUnitId,
                          String issuingUnitName, int total, Map<String, Integer> byStatus, int late,
                          List<LevelCount> levels, List<Node> children) {

    /** depth 1 = demanded by this plan, 2 = by those plans, ... */
    public record LevelCount(int depth, List<String> unitLevels, int total, Map<String, Integer> byStatus, int late) {
    }

    public record Node(Long demandId, String unitId, String unitName, String unitLevel, int depth, boolean onSystem,
                       String draftingUnitId, LocalDate dueDate, String status, String statusLabel, boolean late,
                       boolean escalated, int reminders, Long childPlanId, String code, LocalDate issuedOn,
                       boolean recordedByHand, String documentUrl, String note, String trackingInstanceId,
                       List<Node> children) {
    }
}
