package vn.planflow.calendar;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Only this package's entities and beans, so the tests do not depend on other features' mappings. */
@TestConfiguration
@EntityScan(basePackageClasses = PublicHoliday.class)
@EnableJpaRepositories(basePackageClasses = PublicHolidayRepository.class)
@Import({WorkingCalendar.class, HolidayAdminService.class, DueDates.class})
class CalendarTestConfig {
}
