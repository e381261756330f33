package vn.planflow.production;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import vn.planflow.PlanFlowApplication;

/**
 * One PlanFlow node started in this JVM the way {@code main} starts it, with the production
 * profile, on a database shared with other nodes. Each gets its own engine name, so the engine
 * registry of the JVM (and the job log's host column) tells the nodes apart.
 */
final class Node implements AutoCloseable {
    final String name;
    final ConfigurableApplicationContext context;
    final int port;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    static Node start(String name, String jdbcUrl, String filesDir, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres,demo",
                "--PORT=0",
                "--PLANFLOW_DB_URL=" + jdbcUrl,
                "--PLANFLOW_DB_USER=" + EmbeddedPostgresServer.USER,
                "--PLANFLOW_DB_PASSWORD=" + EmbeddedPostgresServer.PASSWORD,
                "--PLANFLOW_DB_POOL=6",
                "--PLANFLOW_FILES_DIR=" + filesDir,
                "--camunda.bpm.process-engine-name=" + name,
                // Shown in the job log (and Cockpit) as the node that ran each job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanFlowApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("skipTestConfigurations", new SkipTestTypes()))
                .run(args.toArray(String[]::new));
        return new Node(name, context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** What a node does first when it goes away: it stops taking jobs; what it had locked waits for the lock to expire. */
    void stopTakingJobs() {
        bean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    /** Test classes are on this JVM's class path; a node must not pick up their configurations. */
    static final class SkipTestTypes extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName())
                    || reader.getClassMetadata().getClassName().endsWith("Test");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkipTestTypes;
        }

        @Override
        public int hashCode() {
            return SkipTestTypes.class.hashCode();
        }
    }
}
