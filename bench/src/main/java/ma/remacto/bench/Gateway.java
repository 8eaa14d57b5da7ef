package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The platform as a client sees it: the gateway, with tokens from the local run's development issuer. */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;

    Gateway(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A development token; waits as long as the gateway asks when the issuer's rate limit is reached. */
    String token(Map<String, Object> claims) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/dev/tokens", null, claims);
        while (response.statusCode() == 429) {
            long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
            response = send("POST", "/dev/tokens", null, claims);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).path("token").asText();
    }

    HttpResponse<String> send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        return http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token, Object body) {
        try {
            return http.sendAsync(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", path, null, null).body());
    }

    /** Posts and insists on a 2xx answer. */
    JsonNode create(String path, String token, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, token, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String path, String token, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
