package vn.planflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "what may this person do where": read from the domain table, not from engine queries. */
@Service
@Transactional(readOnly = true)
public class Memberships {
    private final UnitMemberRepository members;
    private final IdentityService identityService;

    public Memberships(UnitMemberRepository members, IdentityService identityService) {
        this.members = members;
        this.identityService = identityService;
    }

    public List<UnitMember> of(String userId) {
        return members.findByUserId(userId);
    }

    public boolean has(String userId, String unitId, Role role) {
        return members.existsByUserIdAndUnitIdAndRole(userId, unitId, role);
    }

    public Set<String> unitIds(String userId) {
        return of(userId).stream().map(UnitMember::getUnitId).collect(Collectors.toSet());
    }

    /** The first unit where the person is a drafter: where a plan they start belongs. */
    public Optional<String> draftingUnitOf(String userId) {
        return of(userId).stream().filter(m -> m.getRole() == Role.DRAFTER).map(UnitMember::getUnitId).findFirst();
    }

    public List<UnitMember> inRole(String unitId, Role role) {
        return members.findByUnitIdAndRole(unitId, role);
    }

    public String fullName(String userId) {
        return of(userId).stream().map(UnitMember::getFullName).findFirst().orElse(userId);
    }

    public boolean isAdmin(String userId) {
        return identityService.createGroupQuery().groupMember(userId).groupId(CandidateGroups.ADMIN_GROUP)
                .count() > 0;
    }

    /** Camunda group ids of the person, for engine authentication. */
    public List<String> groupIds(String userId) {
        List<String> ids = new ArrayList<>();
        boolean drafter = false;
        for (UnitMember m : of(userId)) {
            ids.add(CandidateGroups.groupId(m.getUnitId(), m.getRole()));
            drafter |= m.getRole() == Role.DRAFTER;
        }
        if (drafter) {
            ids.add(CandidateGroups.DRAFTERS_GROUP);
        }
        if (isAdmin(userId)) {
            ids.add(CandidateGroups.ADMIN_GROUP);
        }
        return ids;
    }
}
