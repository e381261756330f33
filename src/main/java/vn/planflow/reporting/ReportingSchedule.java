package vn.planflow.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.WorkingCalendar;
import vn.planflow.document.DocumentFormats;

/**
 * Decree 09/2019 in dates: data windows ending on the 14th, the top level's due date (the 25th of
 * the period's last month, or the plan's own date), and one earlier due date per lower level.
 * Pure arithmetic over the working calendar, so the process tests use it too.
 */
@Component
public class ReportingSchedule {
    /** DOMAIN §6: provinces report to central government by the 25th of the period's last month. */
    static final int TOP_DUE_DAY = 25;
    static final int CUT_OFF_DAY = 14;
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final WorkingCalendar calendar;

    public ReportingSchedule(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** index: month 1-12, quarter 1-4, half-year 1-2, year and own date 1. */
    public ReportingPeriod period(PeriodKind kind, int year, int index, MonthDay ownDate) {
        return switch (kind) {
            case MONTH -> window(kind, year + "-M" + String.format("%02d", index), "tháng " + index + " năm " + year,
                    LocalDate.of(year, index, CUT_OFF_DAY), year, index);
            case QUARTER -> window(kind, year + "-Q" + index, "quý " + QUARTERS[index - 1] + " năm " + year,
                    LocalDate.of(year, index * 3, CUT_OFF_DAY), year, index * 3);
            case HALF_YEAR -> index == 1
                    ? new ReportingPeriod(kind, year + "-H1", "6 tháng đầu năm " + year, LocalDate.of(year - 1, 12, 15),
                    LocalDate.of(year, 6, CUT_OFF_DAY), topDue(year, 6))
                    : window(kind, year + "-H2", "6 tháng cuối năm " + year, LocalDate.of(year, 12, CUT_OFF_DAY), year, 12);
            case YEAR -> new ReportingPeriod(kind, year + "-Y", "năm " + year, LocalDate.of(year - 1, 12, 15),
                    LocalDate.of(year, 12, CUT_OFF_DAY), topDue(year, 12));
            case OWN_DATE -> ownDate(year, ownDate);
            case AD_HOC -> throw new IllegalArgumentException("ad hoc periods are requested, not computed");
        };
    }

    /** The period a key names ("2026-Q1", "2026-M03", "2026-H2", "2026-Y", "2026-OWN"). */
    public ReportingPeriod byKey(String key, MonthDay ownDate) {
        int year = Integer.parseInt(key.substring(0, 4));
        String rest = key.substring(5);
        return switch (rest.charAt(0)) {
            case 'M' -> period(PeriodKind.MONTH, year, Integer.parseInt(rest.substring(1)), ownDate);
            case 'Q' -> period(PeriodKind.QUARTER, year, Integer.parseInt(rest.substring(1)), ownDate);
            case 'H' -> period(PeriodKind.HALF_YEAR, year, Integer.parseInt(rest.substring(1)), ownDate);
            case 'Y' -> period(PeriodKind.YEAR, year, 1, ownDate);
            case 'O' -> period(PeriodKind.OWN_DATE, year, 1, ownDate);
            default -> throw new IllegalArgumentException("not a period key: " + key);
        };
    }

    /** The first period of the given kinds after the last one opened, closing within the plan's period. */
    public Optional<ReportingPeriod> next(Set<PeriodKind> kinds, MonthDay ownDate, LocalDate notBefore,
                                         LocalDate lastCutOff, PeriodKind lastKind, LocalDate planEnd) {
        LocalDate from = lastCutOff != null ? lastCutOff : notBefore;
        List<ReportingPeriod> candidates = new ArrayList<>();
        for (PeriodKind kind : kinds) {
            for (int year = from.getYear() - 1; year <= planEnd.getYear() + 1; year++) {
                for (int index = 1; index <= periodsPerYear(kind); index++) {
                    ReportingPeriod p = period(kind, year, index, ownDate);
                    if (!p.cutOff().isBefore(notBefore) && !p.cutOff().isAfter(planEnd)
                            && p.isAfter(lastCutOff, lastKind)) {
                        candidates.add(p);
                    }
                }
            }
        }
        return candidates.stream().min(Comparator.comparing(ReportingPeriod::cutOff)
                .thenComparing(p -> p.kind().ordinal()));
    }

    /**
     * Due dates per depth, index 0 being the top collecting unit. Each level below is due
     * {@code gap} working days before the one above; none falls earlier than the second working
     * day after the cut-off (one full working day between) or the first after the opening, and
     * a lower level always stays at least one working day before the level above.
     */
    public List<LocalDate> levelDues(LocalDate cutOff, LocalDate topDue, LocalDate openedOn, int maxDepth, int gap) {
        LocalDate[] due = new LocalDate[maxDepth + 1];
        due[0] = onOrBefore(topDue);
        for (int d = 1; d <= maxDepth; d++) {
            due[d] = minusWorkingDays(due[d - 1], gap);
        }
        LocalDate floor = latest(calendar.addWorkingDays(cutOff, 2), calendar.addWorkingDays(openedOn, 1));
        due[maxDepth] = latest(due[maxDepth], floor);
        for (int d = maxDepth - 1; d >= 0; d--) {
            due[d] = latest(due[d], calendar.addWorkingDays(due[d + 1], 1));
        }
        return List.of(due);
    }

    /** The reminder day: some working days before the due date, but never before the round opened. */
    public LocalDate remindOn(LocalDate due, int workingDaysBefore, LocalDate openedOn) {
        LocalDate day = minusWorkingDays(due, workingDaysBefore);
        return day.isAfter(openedOn) ? day : due;
    }

    public LocalDate minusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = calendar.previousWorkingDay(d);
        }
        return d;
    }

    /** A due date on a day off moves to the working day before it: the report must arrive by then. */
    public LocalDate onOrBefore(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.previousWorkingDay(day);
    }

    private ReportingPeriod window(PeriodKind kind, String key, String label, LocalDate cutOff, int year, int lastMonth) {
        LocalDate start = cutOff.minusMonths(kind == PeriodKind.MONTH ? 1 : kind == PeriodKind.QUARTER ? 3 : 6)
                .plusDays(1);
        return new ReportingPeriod(kind, key, label, start, cutOff, topDue(year, lastMonth));
    }

    private LocalDate topDue(int year, int lastMonth) {
        return onOrBefore(LocalDate.of(year, lastMonth, TOP_DUE_DAY));
    }

    /**
     * "Before 1 October every year": due the last working day before that date; the window ends on
     * the 14th of the month before, like Decree 09's windows, and covers the year up to it.
     */
    private ReportingPeriod ownDate(int year, MonthDay ownDate) {
        LocalDate target = ownDate.atYear(year);
        LocalDate cutOff = target.minusMonths(1).withDayOfMonth(CUT_OFF_DAY);
        return new ReportingPeriod(PeriodKind.OWN_DATE, year + "-OWN",
                "năm " + year + " (hạn trước ngày " + DocumentFormats.shortDate(target) + ")",
                cutOff.minusYears(1).plusDays(1), cutOff, calendar.previousWorkingDay(target));
    }

    private static int periodsPerYear(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            default -> 1;
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
