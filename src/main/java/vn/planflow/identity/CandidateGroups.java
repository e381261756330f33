package vn.planflow.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one rule from unit and role to Camunda group: "dh-vhtt" + drafter = "dh-vhtt.drafter".
 * Exposed to BPMN as {@code ${groups.of(unitId, 'head')}}.
 */
@Component("groups")
public class CandidateGroups {
    public static final String ADMIN_GROUP = "camunda-admin";
    /**
     * Every drafter of every unit, besides their unit's group: the right to start a plan is granted
     * once to this group, not once per unit, so the grants do not grow with the country (ADR 0011).
     */
    public static final String DRAFTERS_GROUP = "planflow-drafters";
    private static final char SEPARATOR = '.';

    public String of(String unitId, String roleKey) {
        Role role = Role.ofKey(roleKey).orElseThrow(() -> new IllegalArgumentException("unknown role " + roleKey));
        return groupId(unitId, role);
    }

    public static String groupId(String unitId, Role role) {
        return unitId + SEPARATOR + role.key();
    }

    /** The unit and role a group stands for, if it is one of ours. */
    public static Optional<UnitRole> parse(String groupId) {
        int dot = groupId.lastIndexOf(SEPARATOR);
        if (dot <= 0) {
            return Optional.empty();
        }
        return Role.ofKey(groupId.substring(dot + 1)).map(r -> new UnitRole(groupId.substring(0, dot), r));
    }

    public record UnitRole(String unitId, Role role) {
    }
}
