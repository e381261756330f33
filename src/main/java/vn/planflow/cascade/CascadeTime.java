package vn.planflow.cascade;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.planflow.calendar.DueDates;

/** "Now" from the engine clock, so reminders and lateness follow the clock the process tests move. */
final class CascadeTime {
    private CascadeTime() {
    }

    static LocalDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(DueDates.ZONE).toLocalDateTime();
    }

    static LocalDate today() {
        return now().toLocalDate();
    }
}
