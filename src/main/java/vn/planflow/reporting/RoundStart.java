package vn.planflow.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one collecting unit's ReportingRound needs to route: whose reports it waits for, where
 * their tasks go, and the dates of its timers. Nothing of the reports themselves.
 *
 * @param leafUnitIds      children that submit a report of their own
 * @param collectorUnitIds children that send up their own summary (a message from their round)
 * @param deskOfUnit       child unit id to the unit whose people prepare its report
 */
public record RoundStart(Long planId, Long roundId, Long reportId, String collectingUnitId, String deskUnitId,
                         List<String> leafUnitIds, List<String> collectorUnitIds, Map<String, String> deskOfUnit,
                         Date childrenDue, Date reminderAt, Date reviewDue, Date ownDue) {

    Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("planId", planId);
        v.put("roundId", roundId);
        v.put("reportId", reportId);
        v.put("collectingUnitId", collectingUnitId);
        v.put("deskUnitId", deskUnitId);
        v.put("leafUnitIds", new ArrayList<>(leafUnitIds));
        v.put("collectorUnitIds", new ArrayList<>(collectorUnitIds));
        v.put("deskOfUnit", new HashMap<>(deskOfUnit));
        v.put("childrenDue", childrenDue);
        v.put("reminderAt", reminderAt);
        v.put("reviewDue", reviewDue);
        v.put("ownDue", ownDue);
        v.put("roundClosed", false);
        return v;
    }
}
