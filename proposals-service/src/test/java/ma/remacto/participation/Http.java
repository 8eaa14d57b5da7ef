package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Requests the testkit's {@code Api} does not send: any content type, {@code PUT}, and the answer's headers. */
final class Http {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    record Answer(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    Answer csv(String path, String token, String csv) {
        return post(path, token, "text/csv", csv);
    }

    Answer json(String path, String token, String json) {
        return post(path, token, "application/json", json);
    }

    Answer put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json);
    }

    private Answer post(String path, String token, String contentType, String body) {
        return send("POST", path, token, contentType, body);
    }

    /** A raw file as the body, with its content type. */
    Answer file(String path, String token, String contentType, byte[] content) {
        return send(request("POST", path, token, contentType, HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A download: the bytes as sent, with the answer's headers. */
    record Download(int status, byte[] body, HttpHeaders headers) {
    }

    Download download(String path) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    private Answer send(String method, String path, String token, String contentType, String body) {
        return send(request(method, path, token, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String method, String path, String token, String contentType,
                                        HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
