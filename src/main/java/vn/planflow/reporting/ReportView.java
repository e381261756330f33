package vn.planflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.planflow.unit.Unit;

/**
 * A report as the API shows it. For a collecting unit: who has reported (on time, late,
 * missing) and the totals so far; for a unit below: what it sent and whether it was late.
 */
public record ReportView(Long id, Long planId, Long roundId, String periodKey, String periodLabel, String kind,
                         LocalDate windowStart, LocalDate cutOff, String unitId, String unitName, boolean collector,
                         LocalDate dueDate, String status, String statusLabel, boolean late,
                         LocalDateTime submittedAt, String submittedBy, int reminders, Map<String, BigDecimal> figures,
                         String results, String difficulties, String proposals, String code, LocalDate issuedOn,
                         boolean documentAvailable, List<FigureView> figureDefinitions, List<ChildView> children,
                         Map<String, BigDecimal> totals) {

    public record FigureView(String key, String label, String measure, boolean allowNegative) {
        static FigureView of(RegimeFigure f) {
            return new FigureView(f.getKey(), f.getLabel(), f.getMeasure(), f.isAllowNegative());
        }
    }

    public record ChildView(Long reportId, String unitId, String unitName, String state, String stateLabel,
                            LocalDate dueDate, LocalDateTime submittedAt, int reminders,
                            Map<String, BigDecimal> figures) {
        static ChildView of(Summary.Child c) {
            return new ChildView(c.report().getId(), c.unit().getId(), c.unit().getName(), c.state().name(),
                    c.state().label(), c.report().getDueDate(), c.report().getSubmittedAt(),
                    c.report().getReminderCount(), c.report().getFigures());
        }
    }

    static ReportView of(Report r, Unit unit, ReportingRound round, ReportingRegime regime, Summary summary) {
        return new ReportView(r.getId(), round.getPlanId(), round.getId(), round.getPeriodKey(), round.getLabel(),
                round.getKind().name(), round.getWindowStart(), round.getCutOff(), unit.getId(), unit.getName(),
                r.isCollector(), r.getDueDate(), r.getStatus().name(), r.getStatus().label(), r.isLate(),
                r.getSubmittedAt(), r.getSubmittedBy(), r.getReminderCount(), r.getFigures(), r.getResults(),
                r.getDifficulties(), r.getProposals(), r.getCode(), r.getIssuedOn(), r.getDocxFileId() != null,
                regime.getFigures().stream().map(FigureView::of).toList(),
                summary == null ? List.of() : summary.children().stream().map(ChildView::of).toList(),
                summary == null ? Map.of() : summary.totals());
    }
}
