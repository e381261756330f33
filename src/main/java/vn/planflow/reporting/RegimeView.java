package vn.planflow.reporting;

import java.time.LocalDate;
import java.util.List;

/** A plan's reporting regime with its rounds so far. */
public record RegimeView(Long id, Long planId, String rootUnitId, String status, String statusLabel,
                         List<String> periods, String ownDueDate, List<String> reportingUnitIds,
                         List<ReportView.FigureView> figures, int levelGapWorkingDays, int reminderWorkingDays,
                         LocalDate activeFrom, LocalDate planEnd, List<RoundView> rounds) {

    public record RoundView(Long id, String periodKey, String label, String kind, LocalDate windowStart,
                            LocalDate cutOff, LocalDate topDue, boolean cancelled, String requestedBy,
                            String requestNote, Long topReportId) {
    }

    static RegimeView of(ReportingRegime r, List<RoundView> rounds) {
        return new RegimeView(r.getId(), r.getPlanId(), r.getRootUnitId(), r.getStatus().name(),
                r.getStatus().label(), r.getPeriods().stream().map(Enum::name).sorted().toList(),
                r.getOwnDue() == null ? null : String.format("%02d/%02d", r.getOwnDue().getDayOfMonth(),
                        r.getOwnDue().getMonthValue()),
                r.getReportingUnitIds(), r.getFigures().stream().map(ReportView.FigureView::of).toList(),
                r.getLevelGapDays(), r.getReminderDays(), r.getActiveFrom(), r.getPlanEnd(), rounds);
    }
}
