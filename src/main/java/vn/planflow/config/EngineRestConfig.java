package vn.planflow.config;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda REST, plus our mapping of business refusals to 4xx. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {
    @Override
    protected void registerAdditionalResources() {
        register(EngineRestRefusalMapper.class);
        register(EngineRestDomainRefusalMapper.class);
    }
}
