package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A gateway instance as the run's callers use it: development tokens, JSON in and out. */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A request not answered by then has an unknown outcome; a stopped instance holds it that long. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final String base;
    private final HttpClient http;

    Gateway(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    String base() {
        return base;
    }

    /** An answer; {@link #json()} parses its body. */
    record Reply(int status, String body) {

        boolean ok() {
            return status / 100 == 2;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    Reply send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    /** A token of the development issuer with these claims. */
    String token(Map<String, Object> claims) throws IOException, InterruptedException {
        Reply reply = send("POST", "/dev/tokens", null, claims);
        if (reply.status() != 200) {
            throw new IllegalStateException("the development issuer answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().path("token").asText();
    }

    /** Sends until a 2xx, for the run's set-up: a 5xx or a refused connection is tried again for a minute. */
    Reply insist(String method, String path, String token, Object body) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                Reply reply = send(method, path, token, body);
                if (reply.ok()) {
                    return reply;
                }
                if (reply.status() < 500 || System.nanoTime() > deadline) {
                    throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(500);
        }
    }
}
