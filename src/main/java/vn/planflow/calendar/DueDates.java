package vn.planflow.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Deadlines for BPMN expressions, e.g. {@code ${dueDates.workingDays(3)}}. "Now" is the engine
 * clock so process tests can move time; a deadline falls at the end of office hours.
 */
@Component("dueDates")
public class DueDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private final WorkingCalendar calendar;

    public DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Date workingDays(int n) {
        return workingDaysAfter(ClockUtil.getCurrentTime(), n);
    }

    public Date workingDaysAfter(Date from, int n) {
        LocalDate day = from.toInstant().atZone(ZONE).toLocalDate();
        return endOfDay(calendar.addWorkingDays(day, n));
    }

    public Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(END_OF_OFFICE_DAY).atZone(ZONE).toInstant());
    }
}
