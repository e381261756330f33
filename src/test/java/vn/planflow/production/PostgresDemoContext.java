package vn.planflow.production;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application on PostgreSQL with the demo people, shared by the test classes that extend
 * this (the same configuration means Spring starts it once for all of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planflow.files.dir=target/test-files/postgres-demo",
        "PLANFLOW_JOB_WAIT_MS=500"})
@ActiveProfiles({"postgres", "demo"})
@ExtendWith(ClosedBeforePostgresStops.class)
abstract class PostgresDemoContext {
    static final String DEMO = "demo";
    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.register(registry, "demo");
    }

    /**
     * Camunda REST finds "the default engine" in a JVM-wide registry, where the newest test context
     * wins and a closed one leaves a hole; this context may be reused after others, so it claims it.
     */
    @BeforeEach
    void restUsesThisEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }
}
