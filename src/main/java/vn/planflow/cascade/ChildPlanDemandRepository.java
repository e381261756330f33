package vn.planflow.cascade;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildPlanDemandRepository extends JpaRepository<ChildPlanDemand, Long> {
    List<ChildPlanDemand> findByParentPlanIdOrderByUnitName(Long parentPlanId);

    List<ChildPlanDemand> findByParentPlanIdIn(Collection<Long> parentPlanIds);

    Optional<ChildPlanDemand> findByParentPlanIdAndUnitId(Long parentPlanId, String unitId);
}
