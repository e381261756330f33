package vn.planflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Engine authorizations per group. Tasks need none here: the engine grants a task to its
 * candidate groups and assignee itself, so a person sees exactly the tasks of their units and roles.
 */
@Component
public class EngineAuthorizations {
    static final String PLAN_PROCESS = "PlanIssuance";
    private final AuthorizationService authorizationService;

    public EngineAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** What every signed-in person needs to use Tasklist at all, and the drafters' right to start a plan. */
    public void grantBaseline() {
        global(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        global(Resources.FILTER, "*", Permissions.READ);
        global(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        group(CandidateGroups.DRAFTERS_GROUP, Resources.PROCESS_DEFINITION, PLAN_PROCESS,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
        group(CandidateGroups.DRAFTERS_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    /**
     * Databases from before ADR 0011 hold the right to start a plan once per unit's drafter group.
     * Every task query's rights check reads the grants on the task's process and on "*", so those
     * rows, one per unit, were read for every task row. Removes them; true if there were any.
     */
    public boolean retireUnitDrafterGrants() {
        List<Authorization> old = new ArrayList<>(unitGroupGrants(Resources.PROCESS_DEFINITION, PLAN_PROCESS));
        old.addAll(unitGroupGrants(Resources.PROCESS_INSTANCE, "*"));
        old.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        return !old.isEmpty();
    }

    private List<Authorization> unitGroupGrants(Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getGroupId() != null && CandidateGroups.parse(a.getGroupId()).isPresent()).toList();
    }

    /** Administrators watch and repair everything in Cockpit and Admin. */
    public void grantAdmin() {
        for (Resources resource : Resources.values()) {
            group(CandidateGroups.ADMIN_GROUP, resource, "*", Permissions.ALL);
        }
    }

    private void global(Resource resource, String resourceId, Permission permission) {
        if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() > 0) {
            return;
        }
        Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        auth.setUserId(Authorization.ANY);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizationService.saveAuthorization(auth);
    }

    /**
     * A grant to one group, unless it holds one on that resource already. Package-private for the
     * tests that rebuild the grants of older databases.
     */
    void group(String groupId, Resource resource, String resourceId, Permission... permissions) {
        if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).count() > 0) {
            return;
        }
        Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizationService.saveAuthorization(auth);
    }
}
