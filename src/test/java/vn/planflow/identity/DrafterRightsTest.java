package vn.planflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who may start a plan in the engine: every drafter, through one grant to the drafters' group
 * however many units there are, and nobody else; a database with the older grant per unit is
 * upgraded on start without anyone losing or gaining that right.
 */
@SpringBootTest(properties = {
        "planflow.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:drafter-rights;DB_CLOSE_DELAY=-1",
        "planflow.files.dir=target/test-files/drafter-rights"})
class DrafterRightsTest {
    private static final String PLAN = EngineAuthorizations.PLAN_PROCESS;
    @Autowired
    AuthorizationService rights;
    @Autowired
    IdentityService identity;
    @Autowired
    Memberships memberships;
    @Autowired
    IdentityAdminService identityAdmin;
    @Autowired
    EngineAuthorizations authorizations;

    @Test
    void everyDrafterMayStartAPlanThroughOneGrantAndOthersMayNot() {
        // lan drafts in Đông Hà, khanh in Hòa Lâm; hung heads lan's office, binh signs
        assertThat(mayStartPlan("lan")).isTrue();
        assertThat(mayStartPlan("khanh")).isTrue();
        assertThat(mayStartPlan("hung")).isFalse();
        assertThat(mayStartPlan("binh")).isFalse();
        assertThat(grantsToGroups(Resources.PROCESS_DEFINITION, PLAN)).containsExactly(CandidateGroups.DRAFTERS_GROUP);
        assertThat(grantsToGroups(Resources.PROCESS_INSTANCE, "*"))
                .containsExactlyInAnyOrder(CandidateGroups.DRAFTERS_GROUP, CandidateGroups.ADMIN_GROUP);

        // a new unit's drafter joins the same group; no grant is added for the unit
        identityAdmin.ensureUser("thao", "Thảo", "Lê", null, "demo");
        identityAdmin.grantRole("thao", "na-dh-tckh", Role.DRAFTER, "Lê Thảo");
        assertThat(mayStartPlan("thao")).isTrue();
        assertThat(grantsToGroups(Resources.PROCESS_DEFINITION, PLAN)).containsExactly(CandidateGroups.DRAFTERS_GROUP);
    }

    @Test
    void aDatabaseWithAGrantPerUnitIsUpgradedWithTheSameRights() {
        // as the older code left it: lan's office holds the grants, lan is not in the drafters' group
        authorizations.group("na-dh-vhtt.drafter", Resources.PROCESS_DEFINITION, PLAN,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
        authorizations.group("na-dh-vhtt.drafter", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        identity.deleteMembership("lan", CandidateGroups.DRAFTERS_GROUP);
        assertThat(identity.createUserQuery().memberOfGroup(CandidateGroups.DRAFTERS_GROUP).userId("lan").count()).isZero();

        identityAdmin.upgradeDrafterRights();

        assertThat(grantsToGroups(Resources.PROCESS_DEFINITION, PLAN)).containsExactly(CandidateGroups.DRAFTERS_GROUP);
        assertThat(identity.createUserQuery().memberOfGroup(CandidateGroups.DRAFTERS_GROUP).userId("lan").count()).isOne();
        assertThat(mayStartPlan("lan")).isTrue();
        assertThat(mayStartPlan("hung")).isFalse();
    }

    /** Both rights the engine checks when a process instance is started, with the groups a sign-in gets. */
    private boolean mayStartPlan(String userId) {
        List<String> groups = memberships.groupIds(userId);
        return rights.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, PLAN)
                && rights.isUserAuthorized(userId, groups, Permissions.CREATE, Resources.PROCESS_INSTANCE, "*");
    }

    private List<String> grantsToGroups(Resources resource, String resourceId) {
        return rights.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resource).resourceId(resourceId).list().stream().map(Authorization::getGroupId).toList();
    }
}
