package vn.planflow.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {
    List<Report> findByRoundIdOrderByDepthAscIdAsc(Long roundId);

    List<Report> findByParentReportIdOrderByIdAsc(Long parentReportId);

    Optional<Report> findByRoundIdAndUnitId(Long roundId, String unitId);

    List<Report> findByUnitIdInOrderByIdDesc(Collection<String> unitIds);
}
