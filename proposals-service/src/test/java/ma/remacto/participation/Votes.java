package ma.remacto.participation;

import ma.remacto.testkit.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A citizen's vote over HTTP: {@code PUT} and {@code DELETE}, which the testkit's {@link Api} does not send. */
final class Votes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Votes(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Api.Response cast(String consultationId, String itemId, String token, String choice) {
        return send(request(consultationId, itemId, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")));
    }

    Api.Response withdraw(String consultationId, String itemId, String token) {
        return send(request(consultationId, itemId, token).DELETE());
    }

    private HttpRequest.Builder request(String consultationId, String itemId, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/consultations/" + consultationId + "/items/" + itemId
                        + "/vote"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60));
    }

    private static Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    null, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
