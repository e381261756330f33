package vn.planflow.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanCommentRepository extends JpaRepository<PlanComment, Long> {
    List<PlanComment> findByPlanIdOrderById(Long planId);

    boolean existsByPlanIdAndUnitId(Long planId, String unitId);
}
