package vn.planflow.support;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine calls that are the application's doing, not the person's: once a domain rule has let a
 * leader recall a plan or ask for an ad hoc report, the messages and process starts that follow
 * run without his engine authentication (which is put back afterwards), so he needs no engine
 * rights on every tracking process.
 */
@Component
public class EngineAsApplication {
    private final IdentityService identityService;

    public EngineAsApplication(IdentityService identityService) {
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

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
