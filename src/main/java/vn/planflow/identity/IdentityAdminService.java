package vn.planflow.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.support.ValidationException;
import vn.planflow.unit.Unit;
import vn.planflow.unit.UnitService;

/** Creates people and their roles, keeping the domain table and the Camunda groups in step. */
@Service
@Transactional
public class IdentityAdminService {
    private final IdentityService identityService;
    private final UnitMemberRepository members;
    private final UnitService units;
    private final EngineAuthorizations authorizations;

    public IdentityAdminService(IdentityService identityService, UnitMemberRepository members, UnitService units,
                                EngineAuthorizations authorizations) {
        this.identityService = identityService;
        this.members = members;
        this.units = units;
        this.authorizations = authorizations;
    }

    /** Creates the Camunda user if missing; the engine stores only a salted hash of the password. */
    public void ensureUser(String userId, String firstName, String lastName, String email, String password) {
        if (userId == null || !userId.matches("[a-zA-Z0-9._-]{2,64}")) {
            throw new ValidationException("userId", "Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang (2-64 ký tự)");
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        if (password == null || password.length() < 4) {
            throw new ValidationException("password", "Mật khẩu phải có ít nhất 4 ký tự");
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    public void grantRole(String userId, String unitId, Role role, String fullName) {
        Unit unit = units.get(unitId);
        String groupId = CandidateGroups.groupId(unitId, role);
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(role.title() + " - " + unit.getShortName());
            group.setType("PLANFLOW");
            identityService.saveGroup(group);
        }
        join(userId, groupId);
        if (role == Role.DRAFTER) {
            join(userId, CandidateGroups.DRAFTERS_GROUP); // the group is made on start (upgradeDrafterRights)
        }
        if (!members.existsByUserIdAndUnitIdAndRole(userId, unitId, role)) {
            members.save(new UnitMember(userId, unitId, role, fullName));
        }
    }

    /**
     * On every start, before anyone is given a role: the drafters' group. On a database from before
     * ADR 0011 also: every drafter joins it, and its two grants replace those each unit's drafter
     * group had. Later starts find no such grants.
     */
    public void upgradeDrafterRights() {
        ensureDraftersGroup();
        if (!authorizations.retireUnitDrafterGrants()) {
            return;
        }
        Set<String> joined = identityService.createUserQuery().memberOfGroup(CandidateGroups.DRAFTERS_GROUP).list()
                .stream().map(User::getId).collect(Collectors.toSet());
        members.findByRole(Role.DRAFTER).stream().map(UnitMember::getUserId).distinct()
                .filter(u -> !joined.contains(u)).forEach(u -> identityService.createMembership(u, CandidateGroups.DRAFTERS_GROUP));
    }

    private void ensureDraftersGroup() {
        if (identityService.createGroupQuery().groupId(CandidateGroups.DRAFTERS_GROUP).count() == 0) {
            Group group = identityService.newGroup(CandidateGroups.DRAFTERS_GROUP);
            group.setName("Người soạn thảo - mọi đơn vị");
            group.setType("PLANFLOW");
            identityService.saveGroup(group);
        }
    }

    private void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    public void makeAdmin(String userId) {
        if (identityService.createGroupQuery().groupId(CandidateGroups.ADMIN_GROUP).count() == 0) {
            Group group = identityService.newGroup(CandidateGroups.ADMIN_GROUP);
            group.setName("Quản trị hệ thống");
            group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        join(userId, CandidateGroups.ADMIN_GROUP);
        authorizations.grantAdmin();
    }
}
