package vn.planflow.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {
    List<Report> findByRoundIdOrderByDepthAscIdAsc(Long roundId);

    List<Report> findByParentReportIdOrderByIdAsc(Long parentReportId);

    /**
     * Without flushing first: a round opens in one transaction that saves a report per unit (they
     * are inserted at once, their round and unit never change) and then creates a task per unit,
     * each looking its report up here; flushing before each lookup dirty-checked every report
     * saved so far, which grew with the square of the units.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Report> findByRoundIdAndUnitId(Long roundId, String unitId);

    List<Report> findByUnitIdInOrderByIdDesc(Collection<String> unitIds);
}
