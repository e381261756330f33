package vn.planflow.production;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * PlanFlow in a JVM of its own, configured only by environment variables like a real deployment,
 * so that a test can kill it with SIGKILL (no shutdown hook, no rollback, nothing flushed).
 */
final class ChildNode implements AutoCloseable {
    final int port;
    final Path log;
    private final Process process;

    private ChildNode(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ChildNode start(String name, Database db, String filesDir, Map<String, String> extraEnv, String... args) {
        try {
            int port = freePort();
            Path log = Path.of("target", "child-" + name + ".log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                    "-cp", mainClassPath(), "vn.planflow.PlanFlowApplication",
                    "--camunda.bpm.generic-properties.properties.hostname=" + name));
            command.addAll(Arrays.asList(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
            env.put("PORT", String.valueOf(port));
            env.put("PLANFLOW_DB_URL", db.url);
            env.put("PLANFLOW_DB_USER", EmbeddedPostgresServer.USER);
            env.put("PLANFLOW_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
            env.put("PLANFLOW_DB_POOL", "5");
            env.put("PLANFLOW_FILES_DIR", Path.of(filesDir).toAbsolutePath().toString());
            env.putAll(extraEnv);
            ChildNode node = new ChildNode(port, log, builder.start());
            node.awaitHealthy(Duration.ofSeconds(150));
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PlanFlow " + name, e);
        }
    }

    /** The crash: SIGKILL, as when the machine loses power or the OOM killer strikes. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration timeout) {
        Http http = new Http(port);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("PlanFlow exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.get(null, null, "/actuator/health").text().contains("UP")) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            sleep(300);
        }
        process.destroyForcibly();
        throw new AssertionError("PlanFlow did not become healthy:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The application's classes and libraries, without the test classes (their configurations must not load). */
    private static String mainClassPath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator)).filter(e -> !e.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
