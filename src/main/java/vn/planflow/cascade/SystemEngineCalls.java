package vn.planflow.cascade;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Messages to tracking processes are the system's doing, not the user's: a records clerk who
 * recalls a plan may not touch ChildPlanTracking instances himself, so the call runs without his
 * engine authentication (and gets it back afterwards).
 */
@Component
public class SystemEngineCalls {
    private final IdentityService identityService;

    public SystemEngineCalls(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T run(Supplier<T> call) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}
