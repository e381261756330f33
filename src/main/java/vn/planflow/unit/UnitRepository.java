package vn.planflow.unit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, String> {
    List<Unit> findByParentIdOrderByName(String parentId);

    List<Unit> findByParentIdInOrderByName(java.util.Collection<String> parentIds);

    List<Unit> findByIdIn(Collection<String> ids);

    List<Unit> findAllByOrderByIdAsc();
}
