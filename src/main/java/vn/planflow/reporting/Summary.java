package vn.planflow.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.planflow.plan.Plan;
import vn.planflow.unit.Unit;

/**
 * A collecting unit's summary at a moment: every child with its state and figures, and the
 * totals of those that are in. Until it is sent it is recomputed on every look, so a late report
 * arriving after the close still counts; once sent, the totals are the frozen ones.
 *
 * @param sendTo the "Nơi nhận" lines: the level above, or for the top the plan's report recipients
 */
public record Summary(Report report, Unit unit, ReportingRound round, ReportingRegime regime, Plan plan,
                      List<Child> children, Map<String, BigDecimal> totals, List<String> sendTo) {

    /** How a child stands towards the collecting unit. */
    public enum State {
        ON_TIME("Đúng hạn"),
        LATE("Nộp muộn"),
        MISSING("Chưa nộp"),
        /** Arrived once the summary had already been sent upward: recorded, not in the totals. */
        AFTER_SENT("Nộp sau khi đã gửi báo cáo tổng hợp");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Child(Report report, Unit unit, State state) {
        public boolean counted() {
            return state == State.ON_TIME || state == State.LATE;
        }
    }

    public long countedChildren() {
        return children.stream().filter(Child::counted).count();
    }

    public long onTimeChildren() {
        return children.stream().filter(c -> c.state() == State.ON_TIME).count();
    }
}
