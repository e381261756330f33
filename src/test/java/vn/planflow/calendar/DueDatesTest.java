package vn.planflow.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(CalendarTestConfig.class)
class DueDatesTest {

    @Autowired
    DueDates dueDates;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    @Test
    void followsTheEngineClockAndEndsAtFivePmInVietnam() {
        ClockUtil.setCurrentTime(at("2026-02-13T09:30:00+07:00"));
        assertThat(dueDates.workingDays(3)).isEqualTo(at("2026-02-25T17:00:00+07:00"));
        assertThat(dueDates.workingDays(0)).isEqualTo(at("2026-02-13T17:00:00+07:00"));
    }

    @Test
    void countsFromTheVietnameseDateNotTheUtcDate() {
        // 20:00 UTC on Thursday 12/02 is already Friday 13/02 in Vietnam; the next working day is after Tết.
        Date from = at("2026-02-12T20:00:00Z");
        assertThat(dueDates.workingDaysAfter(from, 1)).isEqualTo(at("2026-02-23T17:00:00+07:00"));
        assertThat(dueDates.endOfDay(LocalDate.of(2026, 5, 4))).isEqualTo(at("2026-05-04T17:00:00+07:00"));
    }
}
