package vn.planflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked as a file: the services, their
 * health checks and volumes, and every variable and port against what the application reads.
 */
class ComposeFileTest {
    static Map<String, Object> compose;
    static Map<String, Object> services;
    static String configText;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources")), Files.walk(Path.of("src/main/java")))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(yml|java)")).toList()) {
                all.append(Files.readString(f));
            }
        }
        configText = all.toString();
    }

    @Test
    void hasTheDatabaseTwoNodesAndTheProxyEachWithAHealthCheck() {
        assertThat(services).containsOnlyKeys("db", "app1", "app2", "proxy");
        services.forEach((name, s) -> assertThat(map(s)).as(name).containsKey("healthcheck"));
        assertThat(map(services.get("db")).get("image").toString()).startsWith("postgres:16");
        assertThat(map(services.get("proxy")).get("image").toString()).startsWith("nginx:");
        assertThat(map(compose.get("volumes"))).containsKeys("planflow-db", "planflow-files");
        assertThat(list(map(services.get("db")).get("volumes"))).contains("planflow-db:/var/lib/postgresql/data");
    }

    @Test
    void bothNodesRunTheSameJarOnTheSameDatabaseAndFileStore() throws IOException {
        Map<String, Object> a = map(services.get("app1"));
        Map<String, Object> b = map(services.get("app2"));
        assertThat(a.get("image")).isEqualTo(b.get("image"));
        assertThat(a.get("environment")).isEqualTo(b.get("environment"));
        assertThat(a.get("volumes")).isEqualTo(b.get("volumes"));
        String pom = Files.readString(Path.of("pom.xml"));
        String jar = "./target/" + tag(pom, "artifactId", 1) + "-" + tag(pom, "version", 1) + ".jar";
        assertThat(list(a.get("volumes"))).anyMatch(v -> v.startsWith(jar + ":"));

        Map<String, Object> env = map(a.get("environment"));
        assertThat(env.get("SPRING_PROFILES_ACTIVE").toString()).contains("postgres").doesNotContain("demo");
        assertThat(Path.of("src/main/resources/application-postgres.yml")).exists();
        Map<String, Object> dbEnv = map(map(services.get("db")).get("environment"));
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)").matcher(env.get("PLANFLOW_DB_URL").toString());
        assertThat(url.matches()).isTrue();
        assertThat(url.group(1)).isEqualTo("db");
        assertThat(url.group(2)).isEqualTo("5432");
        assertThat(url.group(3)).isEqualTo(dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("PLANFLOW_DB_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("PLANFLOW_DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat(env.get("PLANFLOW_ADMIN_PASSWORD").toString()).startsWith("${").contains(":?");
        String files = env.get("PLANFLOW_FILES_DIR").toString();
        assertThat(list(a.get("volumes"))).contains("planflow-files:" + files);
        assertThat(env.get("TZ")).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void everyVariableGivenToTheNodesIsOneTheApplicationReads() {
        Map<String, Object> env = map(map(services.get("app1")).get("environment"));
        for (String name : env.keySet()) {
            if (name.equals("SPRING_PROFILES_ACTIVE") || name.equals("TZ")) {
                continue;
            }
            assertThat(configText).as(name + " is read by the application").contains("${" + name);
        }
        assertThat(env).containsKeys("PLANFLOW_DB_URL", "PLANFLOW_DB_USER", "PLANFLOW_DB_PASSWORD",
                "PLANFLOW_ADMIN_USER", "PLANFLOW_ADMIN_PASSWORD", "PLANFLOW_FILES_DIR", "PORT");
    }

    @Test
    void theSecondNodeWaitsForTheFirstAndBothForTheDatabase() {
        assertThat(map(map(map(services.get("app1")).get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
        Map<String, Object> second = map(map(services.get("app2")).get("depends_on"));
        assertThat(map(second.get("db"))).containsEntry("condition", "service_healthy");
        assertThat(map(second.get("app1"))).containsEntry("condition", "service_healthy");
        String health = list(map(services.get("app1")).get("healthcheck") instanceof Map<?, ?> h ? h.get("test") : null)
                .toString();
        String port = map(map(services.get("app1")).get("environment")).get("PORT").toString();
        assertThat(health).contains("/actuator/health").contains("127.0.0.1/" + port);
        assertThat(configText).contains("port: ${PORT:8080}");
    }

    @Test
    void theProxyReachesBothNodesOnTheirPortAndTakesWhatTheApplicationTakes() throws IOException {
        Map<String, Object> proxy = map(services.get("proxy"));
        String mount = list(proxy.get("volumes")).get(0);
        assertThat(mount).startsWith("./deploy/nginx.conf:");
        String nginx = Files.readString(Path.of("deploy/nginx.conf"));
        String port = map(map(services.get("app1")).get("environment")).get("PORT").toString();
        assertThat(nginx).contains("server app1:" + port).contains("server app2:" + port).contains("ip_hash");
        String published = list(proxy.get("ports")).get(0);
        Matcher listen = Pattern.compile("listen (\\d+);").matcher(nginx);
        assertThat(listen.find()).isTrue();
        assertThat(published).endsWith(":" + listen.group(1));
        Matcher body = Pattern.compile("client_max_body_size (\\d+)m;").matcher(nginx);
        Matcher multipart = Pattern.compile("max-request-size: (\\d+)MB").matcher(configText);
        assertThat(body.find() && multipart.find()).isTrue();
        assertThat(Integer.parseInt(body.group(1))).isGreaterThanOrEqualTo(Integer.parseInt(multipart.group(1)));
        assertThat(nginx).contains("X-Forwarded-For");
        assertThat(configText).contains("forward-headers-strategy: native");
    }

    private static String tag(String xml, String name, int occurrenceAfterParent) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml.substring(xml.indexOf("</parent>")));
        for (int i = 0; i < occurrenceAfterParent; i++) {
            assertThat(m.find()).isTrue();
        }
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return ((List<Object>) o).stream().map(String::valueOf).toList();
    }
}
