package vn.planflow.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitMemberRepository extends JpaRepository<UnitMember, UnitMember.Key> {
    List<UnitMember> findByUserId(String userId);

    List<UnitMember> findByUnitIdAndRole(String unitId, Role role);

    List<UnitMember> findByRole(Role role);

    boolean existsByUserIdAndUnitIdAndRole(String userId, String unitId, Role role);
}
