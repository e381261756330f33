package vn.planflow.issuance;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface NumberSeriesRepository extends JpaRepository<NumberSeries, NumberSeries.Key> {

    /** SELECT ... FOR UPDATE: concurrent issuers of one unit queue here until the holder commits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from NumberSeries s where s.key.unitId = :unitId and s.key.year = :year")
    Optional<NumberSeries> lock(@Param("unitId") String unitId, @Param("year") int year);

    /** A plain insert, so a second first user fails on the primary key instead of merging. */
    @Modifying
    @Query(value = "INSERT INTO number_series (unit_id, series_year, last_number) VALUES (:unitId, :year, 0)",
            nativeQuery = true)
    int insertEmpty(@Param("unitId") String unitId, @Param("year") int year);
}
