package vn.planflow.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check the engine narrows the person's groups to those named in any
 * authorization, reading every group id of the authorization table once per command. A person in
 * PlanFlow has one to three groups, while the table grows with every unit (tens of thousands of rows
 * for a whole country), so that read would cost more than the check itself; the groups are passed
 * on as they are instead, which gives the same answers (ADR 0008).
 */
@Component
public class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(new Factory());
        configuration.setCustomSessionFactories(factories);
    }

    /** Registered under the engine's own session type, so it replaces the default manager. */
    static final class Factory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new Manager();
        }
    }

    /** The engine's authorization manager without the group pre-filter. */
    static final class Manager extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
