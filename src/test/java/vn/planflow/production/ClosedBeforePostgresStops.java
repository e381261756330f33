package vn.planflow.production;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Closes the test's Spring context when the test run ends, while the embedded PostgreSQL still
 * runs. Left to the JVM's shutdown hooks, the server's own hook may stop it first, and each
 * engine then waits for connections that never come before the JVM may end.
 */
final class ClosedBeforePostgresStops implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        var context = (ConfigurableApplicationContext) SpringExtension.getApplicationContext(test);
        test.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Contexts.class, k -> new Contexts(), Contexts.class).add(context);
    }

    /** Closed by JUnit with the root of the test run; contexts already closed are left alone. */
    private static final class Contexts implements ExtensionContext.Store.CloseableResource {
        private final List<ConfigurableApplicationContext> open = new ArrayList<>();

        synchronized void add(ConfigurableApplicationContext context) {
            if (!open.contains(context)) {
                open.add(context);
            }
        }

        @Override
        public synchronized void close() {
            open.stream().filter(ConfigurableApplicationContext::isActive).forEach(ConfigurableApplicationContext::close);
        }
    }
}
