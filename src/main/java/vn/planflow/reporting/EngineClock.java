package vn.planflow.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.planflow.calendar.DueDates;

/** "Now" is the engine clock, so a process test that moves it moves lateness and due dates too. */
final class EngineClock {
    /** Rounds open, and reminders go out, at the start of office hours. */
    static final LocalTime OPENS_AT = LocalTime.of(7, 0);
    static final LocalTime REMINDS_AT = LocalTime.of(8, 0);

    private EngineClock() {
    }

    static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), DueDates.ZONE);
    }

    static LocalDate today() {
        return now().toLocalDate();
    }

    static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(DueDates.ZONE).toInstant());
    }

    /** Late means after the end of office hours on the due day. */
    static boolean after(LocalDateTime moment, LocalDate due) {
        return moment.isAfter(due.atTime(DueDates.END_OF_OFFICE_DAY));
    }
}
