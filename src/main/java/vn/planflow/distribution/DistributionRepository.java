package vn.planflow.distribution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistributionRepository extends JpaRepository<Distribution, Long> {
    List<Distribution> findByPlanIdOrderById(Long planId);

    boolean existsByPlanId(Long planId);
}
