package vn.planflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decree 09/2019 windows and the due dates of each level, around weekends, Tết and 30/4-1/5. */
class ReportingScheduleTest {
    private final ReportingSchedule schedule = new ReportingSchedule(TestCalendar.vietnam());

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void periodsFollowTheCutOffWindowsOfDecree09() {
        ReportingPeriod q1 = schedule.period(PeriodKind.QUARTER, 2026, 1, null);
        assertThat(q1.windowStart()).isEqualTo(d(2025, 12, 15));
        assertThat(q1.cutOff()).isEqualTo(d(2026, 3, 14));
        assertThat(q1.topDue()).isEqualTo(d(2026, 3, 25));
        assertThat(q1.label()).isEqualTo("quý I năm 2026");
        ReportingPeriod q3 = schedule.period(PeriodKind.QUARTER, 2026, 3, null);
        assertThat(q3.windowStart()).isEqualTo(d(2026, 6, 15));
        assertThat(q3.cutOff()).isEqualTo(d(2026, 9, 14));

        ReportingPeriod march = schedule.period(PeriodKind.MONTH, 2026, 3, null);
        assertThat(march.windowStart()).isEqualTo(d(2026, 2, 15));
        assertThat(march.cutOff()).isEqualTo(d(2026, 3, 14));
        ReportingPeriod january = schedule.period(PeriodKind.MONTH, 2026, 1, null);
        assertThat(january.windowStart()).isEqualTo(d(2025, 12, 15));

        ReportingPeriod h1 = schedule.period(PeriodKind.HALF_YEAR, 2026, 1, null);
        assertThat(h1.windowStart()).isEqualTo(d(2025, 12, 15));
        assertThat(h1.cutOff()).isEqualTo(d(2026, 6, 14));
        assertThat(h1.label()).isEqualTo("6 tháng đầu năm 2026");
        ReportingPeriod h2 = schedule.period(PeriodKind.HALF_YEAR, 2026, 2, null);
        assertThat(h2.windowStart()).isEqualTo(d(2026, 6, 15));
        assertThat(h2.cutOff()).isEqualTo(d(2026, 12, 14));

        ReportingPeriod year = schedule.period(PeriodKind.YEAR, 2026, 1, null);
        assertThat(year.windowStart()).isEqualTo(d(2025, 12, 15));
        assertThat(year.cutOff()).isEqualTo(d(2026, 12, 14));
        assertThat(year.topDue()).isEqualTo(d(2026, 12, 25));
        assertThat(schedule.byKey(year.key(), null)).isEqualTo(year);
        assertThat(schedule.byKey("2026-M03", null)).isEqualTo(march);
    }

    @Test
    void aTopDueDateOnADayOffMovesToTheWorkingDayBefore() {
        // 25/04/2026 is a Saturday: the April report is due on Friday 24/04.
        assertThat(schedule.period(PeriodKind.MONTH, 2026, 4, null).topDue()).isEqualTo(d(2026, 4, 24));
        // 25/10/2026 is a Sunday.
        assertThat(schedule.period(PeriodKind.MONTH, 2026, 10, null).topDue()).isEqualTo(d(2026, 10, 23));
    }

    @Test
    void lowerLevelsAreDueEarlierWithAFullWorkingDayAfterTheCutOff() {
        // Q1 2026: province 25/03 (Wed); district two working days before, commune two more.
        List<LocalDate> dues = schedule.levelDues(d(2026, 3, 14), d(2026, 3, 25), d(2026, 3, 14), 2, 2);
        assertThat(dues).containsExactly(d(2026, 3, 25), d(2026, 3, 23), d(2026, 3, 19));
        // Two levels (commune → province) after 1 July 2025.
        assertThat(schedule.levelDues(d(2026, 3, 14), d(2026, 3, 25), d(2026, 3, 14), 1, 2))
                .containsExactly(d(2026, 3, 25), d(2026, 3, 23));
    }

    @Test
    void tetPushesTheCommunesPastTheHolidayAndEveryLevelAboveThem() {
        // February 2026: cut-off Sat 14/02, then Tết 16-20/02. Working days after the cut-off are
        // Mon 23 and Tue 24: the commune is due on the second, each level above one day later.
        ReportingPeriod february = schedule.period(PeriodKind.MONTH, 2026, 2, null);
        assertThat(february.topDue()).isEqualTo(d(2026, 2, 25));
        List<LocalDate> dues = schedule.levelDues(february.cutOff(), february.topDue(), february.cutOff(), 2, 2);
        assertThat(dues).containsExactly(d(2026, 2, 26), d(2026, 2, 25), d(2026, 2, 24));
    }

    @Test
    void theReunificationAndLabourDayHolidaysMoveAPlanOwnDate() {
        // "Trước ngày 04/5 hằng năm": 30/4 and 1/5 are off and 2-3/5 a weekend, so due Wed 29/04.
        ReportingPeriod own = schedule.period(PeriodKind.OWN_DATE, 2026, 1, MonthDay.of(5, 4));
        assertThat(own.topDue()).isEqualTo(d(2026, 4, 29));
        assertThat(own.cutOff()).isEqualTo(d(2026, 4, 14));
        assertThat(own.windowStart()).isEqualTo(d(2025, 4, 15));
        List<LocalDate> dues = schedule.levelDues(own.cutOff(), own.topDue(), own.cutOff(), 1, 3);
        // Three working days before 29/04: 28, 24 (27 is Giỗ Tổ's day in lieu, 25-26 a weekend), 23.
        assertThat(dues).containsExactly(d(2026, 4, 29), d(2026, 4, 23));
        // "Trước ngày 01 tháng 10 hằng năm".
        ReportingPeriod october = schedule.period(PeriodKind.OWN_DATE, 2026, 1, MonthDay.of(10, 1));
        assertThat(october.topDue()).isEqualTo(d(2026, 9, 30));
        assertThat(october.cutOff()).isEqualTo(d(2026, 9, 14));
    }

    @Test
    void theLoopRunsThroughThePlanPeriodAndStops() {
        List<String> keys = new ArrayList<>();
        LocalDate lastCutOff = null;
        PeriodKind lastKind = null;
        for (int guard = 0; guard < 20; guard++) {
            Optional<ReportingPeriod> next = schedule.next(EnumSet.of(PeriodKind.QUARTER, PeriodKind.YEAR), null,
                    d(2026, 1, 5), lastCutOff, lastKind, d(2026, 12, 31));
            if (next.isEmpty()) {
                break;
            }
            keys.add(next.get().key());
            lastCutOff = next.get().cutOff();
            lastKind = next.get().kind();
        }
        assertThat(keys).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-Y");
    }

    @Test
    void aRegimeStartedLateSkipsPeriodsAlreadyClosed() {
        Optional<ReportingPeriod> next = schedule.next(EnumSet.of(PeriodKind.QUARTER), null, d(2026, 3, 20), null,
                null, d(2026, 12, 31));
        assertThat(next).map(ReportingPeriod::key).contains("2026-Q2");
    }

    @Test
    void remindersAreWorkingDaysBeforeTheDueDateButNotBeforeTheOpening() {
        assertThat(schedule.remindOn(d(2026, 3, 19), 2, d(2026, 3, 14))).isEqualTo(d(2026, 3, 17));
        assertThat(schedule.remindOn(d(2026, 2, 24), 2, d(2026, 2, 14))).isEqualTo(d(2026, 2, 24));
    }
}
