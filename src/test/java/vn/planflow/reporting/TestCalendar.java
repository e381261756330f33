package vn.planflow.reporting;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import vn.planflow.calendar.PublicHolidayRepository;
import vn.planflow.calendar.WorkingCalendar;

/** The working calendar over the days V3__calendar.sql seeds for 2026 and early 2027, without a database. */
public final class TestCalendar {
    static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 1));

    private TestCalendar() {
    }

    public static WorkingCalendar vietnam() {
        PublicHolidayRepository repository = mock(PublicHolidayRepository.class);
        when(repository.findAllDays()).thenReturn(HOLIDAYS);
        return new WorkingCalendar(repository);
    }
}
