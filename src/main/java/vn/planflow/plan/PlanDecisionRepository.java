package vn.planflow.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDecisionRepository extends JpaRepository<PlanDecision, Long> {
    List<PlanDecision> findByPlanIdOrderById(Long planId);
}
