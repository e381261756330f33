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
 * PlanFlow as a province installs it: the postgres profile on a real PostgreSQL, no demo profile,
 * the first administrator from the environment. Shared by the test classes that extend it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PLANFLOW_ADMIN_USER=chief",
        "PLANFLOW_ADMIN_PASSWORD=" + ProductionContext.ADMIN_PASSWORD,
        "planflow.files.dir=target/test-files/production-profile"})
@ActiveProfiles("postgres")
@ExtendWith(ClosedBeforePostgresStops.class)
abstract class ProductionContext {
    static final String ADMIN_PASSWORD = "Kh0ng-Doan-Duoc!";
    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    Http http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.register(registry, "production");
    }

    /** Camunda REST resolves "default" in a JVM-wide registry that every test context writes to. */
    @BeforeEach
    void client() {
        ProcessEngines.registerProcessEngine(engine);
        http = new Http(port);
    }
}
