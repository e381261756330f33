package vn.planflow.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingRegimeRepository extends JpaRepository<ReportingRegime, Long> {
    Optional<ReportingRegime> findByPlanId(Long planId);
}
