package vn.planflow.cascade;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.planflow.calendar.DueDates;
import vn.planflow.calendar.WorkingCalendar;

/**
 * The two moments ChildPlanTracking waits for: the reminder, at the start of the working day a
 * configured number of working days before the due date, and the due date's end of office hours.
 */
@Component
public class TrackingSchedule {
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    private final WorkingCalendar calendar;
    private final DueDates dueDates;
    private final CascadeSettings settings;

    public TrackingSchedule(WorkingCalendar calendar, DueDates dueDates, CascadeSettings settings) {
        this.calendar = calendar;
        this.dueDates = dueDates;
        this.settings = settings;
    }

    public record Times(Date dueAt, Date remindAt, boolean remindEnabled) {
    }

    public Times of(LocalDate due) {
        LocalDate remindOn = due;
        for (int i = 0; i < settings.getRemindWorkingDays(); i++) {
            remindOn = calendar.previousWorkingDay(remindOn);
        }
        Date remindAt = Date.from(remindOn.atTime(REMINDER_TIME).atZone(DueDates.ZONE).toInstant());
        boolean remind = settings.getRemindWorkingDays() > 0 && remindAt.after(ClockUtil.getCurrentTime());
        return new Times(dueDates.endOfDay(due), remindAt, remind);
    }

    /** The routing variables the timers of ChildPlanTracking read. */
    public void write(VariableScope scope, Times times) {
        scope.setVariable("dueAt", times.dueAt());
        scope.setVariable("remindAt", times.remindAt());
        scope.setVariable("remindEnabled", times.remindEnabled());
    }
}
