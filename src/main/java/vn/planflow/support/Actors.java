package vn.planflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in an engine call: the signed-in person, or the task's assignee when none is. */
public final class Actors {
    private Actors() {
    }

    public static String current(IdentityService identityService, String fallback) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return fallback == null ? "system" : fallback;
    }
}
