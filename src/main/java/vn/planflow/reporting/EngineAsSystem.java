package vn.planflow.reporting;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Starts processes on behalf of the application. A leader asking for an ad hoc report may not
 * start ReportingRound himself in the engine's eyes; the domain rule has already let him, so the
 * engine call runs without his authentication, which is put back afterwards.
 */
@Component
public class EngineAsSystem {
    private final IdentityService identityService;

    public EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}
