package vn.planflow.reporting;

import java.time.LocalDate;

/**
 * One reporting period: the data window (from windowStart to the cut-off, both included) and the
 * date by which the top collecting unit must send its summary upward.
 *
 * @param key   unique within a regime, e.g. "2026-Q1", "2026-H2", "2026-M03", "2026-Y", "2026-OWN"
 * @param label as printed in Vietnamese, e.g. "quý I năm 2026"
 */
public record ReportingPeriod(PeriodKind kind, String key, String label, LocalDate windowStart, LocalDate cutOff,
                              LocalDate topDue) {

    /** Order of scheduling: by cut-off, then by kind, so two kinds closing the same day both run. */
    boolean isAfter(LocalDate lastCutOff, PeriodKind lastKind) {
        if (lastCutOff == null) {
            return true;
        }
        int byDate = cutOff.compareTo(lastCutOff);
        return byDate > 0 || byDate == 0 && (lastKind == null || kind.ordinal() > lastKind.ordinal());
    }
}
