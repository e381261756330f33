package vn.planflow.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {
    Optional<ReportingRound> findByRegimeIdAndPeriodKey(Long regimeId, String periodKey);

    List<ReportingRound> findByRegimeIdOrderByIdAsc(Long regimeId);

    long countByRegimeIdAndKind(Long regimeId, PeriodKind kind);
}
