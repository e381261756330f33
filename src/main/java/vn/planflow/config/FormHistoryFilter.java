package vn.planflow.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps full history except the copies of task forms: the variables a step's form is prefilled
 * with and submits (task-local) and the submitted form fields. What a person decided and wrote is
 * kept in the plan's own tables with who and when (ADR 0001), so the engine's copies only added
 * rows — about 400 per plan, the largest share of the issuance's database writes (ADR 0008).
 * Process variables (the routing decisions, the plan id) keep their full history.
 */
@Component
public class FormHistoryFilter extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        // the engine adds its own handlers to this list later
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity) {
            return false;
        }
        return !(event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null);
    }

    /** The engine's own database handler, given only the events worth keeping. */
    static final class Handler extends DbHistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (kept(event)) {
                super.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
