package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A client of the gateway as end-to-end tests use it: development tokens, and calls with or without one. */
final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** An answer, with its body parsed when it is JSON. */
    record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The problem's machine-readable code, or null when the answer is not a problem. */
        String code() {
            return headers.firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    ? json().path("code").asText(null) : null;
        }
    }

    /** A token of the local run's development issuer with these claims. */
    String token(Map<String, Object> claims) throws Exception {
        Answer answer = post("/dev/tokens", null, JSON.writeValueAsString(claims));
        if (answer.status() != 200) {
            throw new IllegalStateException("the development issuer answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().path("token").asText();
    }

    Answer get(String path) throws Exception {
        return send("GET", path, null, null, null);
    }

    Answer get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    Answer post(String path, String token, String json) throws Exception {
        return send("POST", path, token, "application/json", json == null ? null : json.getBytes());
    }

    Answer put(String path, String token, String json) throws Exception {
        return send("PUT", path, token, "application/json", json.getBytes());
    }

    Answer send(String method, String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    HttpClient http() {
        return http;
    }
}
