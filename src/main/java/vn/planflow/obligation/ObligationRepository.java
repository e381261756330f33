package vn.planflow.obligation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {
    List<Obligation> findByPlanIdOrderByIdAsc(Long planId);

    boolean existsByPlanId(Long planId);

    /** Obligations a unit leads or supports. */
    @Query("select distinct o from Obligation o left join o.supportingUnitIds s "
            + "where o.leadUnitId in :units or s in :units order by o.finishDate asc, o.id asc")
    List<Obligation> findInvolving(@Param("units") Collection<String> units);
}
