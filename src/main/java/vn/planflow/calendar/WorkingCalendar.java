package vn.planflow.calendar;

import org.springframework.stereotype.Service;
import vn.planflow.support.ValidationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Working days of state agencies: Monday to Friday, minus public holidays. Process expressions
 * call this often, so holidays are read from an in-memory snapshot; {@link #invalidate()} makes
 * the next call reload it.
 */
@Service
public class WorkingCalendar {

    /** The holiday set together with the generation it was loaded for. */
    private record Snapshot(long generation, Set<LocalDate> holidays) {
    }

    private final PublicHolidayRepository repository;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    public WorkingCalendar(PublicHolidayRepository repository) {
        this.repository = repository;
    }

    public boolean isWorkingDay(LocalDate day) {
        require(day, "day");
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays().contains(day);
    }

    /**
     * The day {@code days} working days after {@code from}. With 0 this is {@code from} itself when
     * it is a working day, otherwise the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        require(from, "from");
        if (days < 0) {
            throw new ValidationException("days", "Số ngày làm việc không được âm.");
        }
        LocalDate day = from;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days in (fromExclusive, toInclusive]. Negative when {@code toInclusive} lies before
     * {@code fromExclusive}, so "days overdue" and "days left" come from the same call.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        require(fromExclusive, "fromExclusive");
        require(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day strictly before {@code day}. */
    public LocalDate previousWorkingDay(LocalDate day) {
        require(day, "day");
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Called after any change to the holiday table; the next query reloads. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    private Set<LocalDate> holidays() {
        Snapshot current = snapshot;
        long wanted = generation.get();
        if (current == null || current.generation() != wanted) {
            // Tagged with the generation read before loading: a change during the load forces another.
            current = new Snapshot(wanted, Set.copyOf(repository.findAllDays()));
            snapshot = current;
        }
        return current.holidays();
    }

    private static void require(LocalDate day, String field) {
        if (day == null) {
            throw new ValidationException(field, "Chưa nhập ngày.");
        }
    }
}
