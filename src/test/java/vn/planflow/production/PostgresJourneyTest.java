package vn.planflow.production;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.planflow.web.PlanIssuanceJourneyTest;

/**
 * The whole issuance journey (every role over HTTP, refusals across districts, the DOCX and the
 * register) once more, on PostgreSQL with the production profile instead of H2.
 */
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class PostgresJourneyTest extends PlanIssuanceJourneyTest {
    @Autowired
    ProcessEngine engine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase("journey");
        // The base class names an H2 URL directly; dynamic properties outrank it.
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> EmbeddedPostgresServer.PASSWORD);
        registry.add("planflow.files.dir", () -> "target/test-files/postgres-journey");
    }

    /** Camunda REST resolves "default" in a JVM-wide registry shared by every test context. */
    @BeforeEach
    void restUsesThisEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }
}
