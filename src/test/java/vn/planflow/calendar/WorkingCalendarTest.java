package vn.planflow.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import vn.planflow.support.ConflictException;
import vn.planflow.support.DomainException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs Flyway on an embedded H2, so the seeded holidays are the ones checked. */
@DataJpaTest
@Import(CalendarTestConfig.class)
class WorkingCalendarTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    HolidayAdminService admin;

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void tet2026PushesADeadlineBeyondTheHolidayWeek() {
        // Friday 13/02 + 3 working days: 16-20/02 are Tết, so Mon 23, Tue 24, Wed 25.
        assertThat(calendar.addWorkingDays(d(2026, 2, 13), 3)).isEqualTo(d(2026, 2, 25));
        for (int day = 16; day <= 20; day++) {
            assertThat(calendar.isWorkingDay(d(2026, 2, day))).as("16-20/02/2026").isFalse();
        }
        assertThat(calendar.previousWorkingDay(d(2026, 2, 23))).isEqualTo(d(2026, 2, 13));
        assertThat(calendar.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 25))).isEqualTo(3);
    }

    @Test
    void reunificationAndLabourDay2026() {
        // Wed 29/04 + 3: Thu 30/04 and Fri 01/05 off, then the weekend: Mon 4, Tue 5, Wed 6 May.
        assertThat(calendar.addWorkingDays(d(2026, 4, 29), 3)).isEqualTo(d(2026, 5, 6));
        assertThat(calendar.workingDaysBetween(d(2026, 4, 29), d(2026, 5, 4))).isEqualTo(1);
    }

    @Test
    void weekendsAreSkipped() {
        LocalDate saturday = d(2026, 3, 7);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday.plusDays(1))).isFalse();
        assertThat(calendar.addWorkingDays(saturday, 0)).isEqualTo(d(2026, 3, 9));
        assertThat(calendar.addWorkingDays(d(2026, 3, 6), 0)).isEqualTo(d(2026, 3, 6));
        assertThat(calendar.addWorkingDays(d(2026, 3, 6), 1)).isEqualTo(d(2026, 3, 9));
        assertThat(calendar.previousWorkingDay(d(2026, 3, 9))).isEqualTo(d(2026, 3, 6));
    }

    @Test
    void compensatoryDaysAreOff() {
        // Giỗ Tổ 2026 is on Sunday 26/04; Monday 27/04 is the day given in compensation.
        assertThat(calendar.isWorkingDay(d(2026, 4, 27))).isFalse();
        assertThat(calendar.addWorkingDays(d(2026, 4, 24), 1)).isEqualTo(d(2026, 4, 28));
        // Tết 2027: mùng 1-2 on the weekend, compensated on 10-11/02.
        assertThat(calendar.addWorkingDays(d(2027, 2, 4), 1)).isEqualTo(d(2027, 2, 12));
    }

    @Test
    void workingDaysBetweenIsAntisymmetric() {
        assertThat(calendar.workingDaysBetween(d(2026, 3, 2), d(2026, 3, 2))).isZero();
        assertThat(calendar.workingDaysBetween(d(2026, 3, 2), d(2026, 3, 9))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d(2026, 3, 9), d(2026, 3, 2))).isEqualTo(-5);
    }

    @Test
    void seededYearsAreComplete() {
        assertThat(admin.list(2025)).hasSize(12);
        assertThat(admin.list(2026)).hasSize(13);
        assertThat(admin.list(2027)).hasSize(14);
        for (int year = 2025; year <= 2027; year++) {
            List<PublicHoliday> days = admin.list(year);
            assertThat(days).extracting(PublicHoliday::getDay).isSorted();
            assertThat(days).filteredOn(h -> h.getKind() == HolidayKind.COMPENSATORY)
                    .allSatisfy(h -> assertThat(h.getDay().getDayOfWeek())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        assertThat(admin.list(2024)).isEmpty();
    }

    @Test
    void addingAndRemovingAHolidayChangesResults() {
        LocalDate tuesday = d(2026, 3, 10);
        assertThat(calendar.addWorkingDays(d(2026, 3, 9), 1)).isEqualTo(tuesday);

        admin.add(tuesday, "  Nghỉ đột xuất theo quyết định của Thủ tướng  ", HolidayKind.COMPENSATORY);
        assertThat(calendar.isWorkingDay(tuesday)).isFalse();
        assertThat(calendar.addWorkingDays(d(2026, 3, 9), 1)).isEqualTo(d(2026, 3, 11));
        assertThat(admin.list(2026)).anySatisfy(h -> assertThat(h.getName())
                .isEqualTo("Nghỉ đột xuất theo quyết định của Thủ tướng"));

        admin.remove(tuesday);
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();
    }

    @Test
    void invalidInputIsADomainError() {
        assertThatThrownBy(() -> admin.remove(d(2026, 3, 11)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Ngày 11/03/2026 không phải là ngày nghỉ lễ, tết trong lịch.")
                .extracting(e -> ((DomainException) e).getField()).isEqualTo("day");
        assertThatThrownBy(() -> admin.add(d(2026, 3, 11), "   ", HolidayKind.FIXED))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((DomainException) e).getField()).isEqualTo("name");
        assertThatThrownBy(() -> admin.add(d(2026, 3, 11), "Ngày nghỉ", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> admin.add(d(2026, 4, 30), "Trùng", HolidayKind.FIXED))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d(2026, 3, 9), -1))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(null))
                .isInstanceOf(ValidationException.class);
    }
}
