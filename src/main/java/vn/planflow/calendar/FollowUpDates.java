package vn.planflow.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When a task counts as "due soon": from the start of the day two working days before the day it
 * is due. A task due on Monday therefore shows from Thursday, when Friday and Monday are the next
 * two working days; weekends and public holidays in between do not count.
 */
@Component
public class FollowUpDates {
    public static final int LEAD_WORKING_DAYS = 2;

    private final WorkingCalendar calendar;

    public FollowUpDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The follow-up date that belongs to a due date; null without a due date. */
    public Date followUpFor(Date due) {
        if (due == null) {
            return null;
        }
        LocalDate day = due.toInstant().atZone(DueDates.ZONE).toLocalDate();
        for (int i = 0; i < LEAD_WORKING_DAYS; i++) {
            day = calendar.previousWorkingDay(day);
        }
        return Date.from(day.atStartOfDay(DueDates.ZONE).toInstant());
    }
}
