package vn.planflow.obligation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;
import vn.planflow.calendar.WorkingCalendar;

/**
 * The two dates an obligation's timers wait for: a reminder some working days before the finish
 * date, and the end of the finish day itself. A finish date on a day off moves to the next
 * working day, as a deadline does in law.
 */
@Component
public class ObligationDates {
    static final LocalTime REMINDS_AT = LocalTime.of(8, 0);
    private final WorkingCalendar calendar;
    private final DueDates dueDates;
    private final int reminderDays;

    public ObligationDates(WorkingCalendar calendar, DueDates dueDates,
                           @Value("${planflow.obligation.reminder-working-days:5}") int reminderDays) {
        this.calendar = calendar;
        this.dueDates = dueDates;
        this.reminderDays = reminderDays;
    }

    public LocalDate due(LocalDate finish) {
        return calendar.addWorkingDays(finish, 0);
    }

    public Date finishDue(LocalDate finish) {
        return dueDates.endOfDay(due(finish));
    }

    /** After the end of office hours on the (working) finish day. */
    public boolean isLate(LocalDate finish, java.time.LocalDateTime at) {
        return at.isAfter(due(finish).atTime(DueDates.END_OF_OFFICE_DAY));
    }

    /** Never before today: an obligation already close to its date is reminded at once. */
    public Date reminderAt(LocalDate finish, LocalDate today) {
        LocalDate day = due(finish);
        for (int i = 0; i < reminderDays; i++) {
            day = calendar.previousWorkingDay(day);
        }
        if (day.isBefore(today)) {
            day = today;
        }
        return Date.from(day.atTime(REMINDS_AT).atZone(DueDates.ZONE).toInstant());
    }
}
