package vn.planflow.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.planflow.calendar.DueDates;

/** "Now" is the engine clock, so moving it in a test moves reminders and lateness together. */
final class Clock {
    private Clock() {
    }

    static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), DueDates.ZONE);
    }

    static LocalDate today() {
        return now().toLocalDate();
    }
}
