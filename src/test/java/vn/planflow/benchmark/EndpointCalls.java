package vn.planflow.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * GETs against the benchmark's own server, as a signed-in person: what the list endpoints cost with
 * the web layer, security and JSON included. A call that does not answer 200 stops the run, except
 * one whose database statement was cancelled, which {@link Figures#latency} counts as cancelled.
 */
final class EndpointCalls {
    private static final String PASSWORD = "demo"; // every user of the CountryFixture
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    EndpointCalls(ApplicationContext context) {
        this.base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The number of entries in the JSON list the endpoint answers. */
    int get(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
        if (response.statusCode() == 200) {
            try {
                return JSON.readTree(response.body()).size();
            } catch (IOException e) {
                throw new IllegalStateException("GET " + path + " answered no JSON: " + response.body(), e);
            }
        }
        String body = response.body();
        // H2 and PostgreSQL both name a statement cancelled by its timeout with SQL state 57014
        if (response.statusCode() >= 500 && (body.contains("57014") || body.contains("canceling statement"))) {
            throw new IllegalStateException(new SQLTimeoutException(body));
        }
        throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " " + body);
    }
}
