package vn.planflow.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitLeaderRepository extends JpaRepository<UnitLeader, Long> {
    List<UnitLeader> findByUnitIdOrderByPosition(String unitId);

    Optional<UnitLeader> findByUnitIdAndUserId(String unitId, String userId);
}
