package vn.planflow.calendar;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

    List<PublicHoliday> findByDayBetweenOrderByDayAsc(LocalDate first, LocalDate last);

    @Query("select h.day from PublicHoliday h")
    List<LocalDate> findAllDays();
}
