package vn.planflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring test contexts live in one JVM, each with its own engine named "default", while
 * Camunda REST looks engines up in a JVM-wide registry. Before each test, the running test's
 * engine becomes the registered one.
 */
public class CurrentEngineListener extends AbstractTestExecutionListener {
    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        return 5000;
    }
}
