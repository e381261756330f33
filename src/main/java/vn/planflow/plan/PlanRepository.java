package vn.planflow.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    /** Plans a person's units are involved in, as drafter, issuer or recipient. */
    @Query("select distinct p from Plan p left join p.recipients r left join p.consultedUnitIds c "
            + "where p.draftingUnitId in :units or p.issuingUnitId in :units or r.unitId in :units "
            + "or c in :units or p.signerId = :userId order by p.id desc")
    List<Plan> findVisible(@Param("units") Collection<String> units, @Param("userId") String userId);

    List<Plan> findAllByOrderByIdDesc();

    boolean existsByReplacesPlanIdAndStatusIn(Long replacesPlanId, Collection<PlanStatus> statuses);
}
