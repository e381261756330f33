package vn.planflow.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/** The demo users of the cascade tests over HTTP (password demo): read, write, find and complete tasks. */
final class CascadeApi {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    CascadeApi(int port) {
        this.base = "http://localhost:" + port;
    }

    Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Reply post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    Reply put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    JsonNode await(String user, String path, Predicate<JsonNode> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            last = get(user, path).json();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("condition not met for " + path + " as " + user + ", last: " + last);
    }

    /** The id of the user's open task at that step for that plan, once it is there. */
    String taskOf(String user, String step, long planId) {
        JsonNode tasks = await(user, "/api/tasks", t -> find(t, step, planId) != null, Duration.ofSeconds(30));
        return find(tasks, step, planId);
    }

    boolean hasTask(String user, String step, long planId) {
        return find(get(user, "/api/tasks").json(), step, planId) != null;
    }

    void complete(String user, String step, long planId, Map<String, Object> form) {
        Reply r = post(user, "/api/tasks/" + taskOf(user, step, planId) + "/complete", form);
        if (r.status() != 204) {
            throw new AssertionError(user + " could not complete " + step + " of plan " + planId + ": " + r.text());
        }
    }

    private static String find(JsonNode tasks, String step, long planId) {
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("step").asText().equals(step) && t.path("planId").asLong() == planId)
                .map(t -> t.get("id").asText()).findFirst().orElse(null);
    }

    private Reply send(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            request.header("Content-Type", "application/json").method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    record Reply(int status, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + text());
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
