import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health command: the images hold no shell and no curl, so an orchestrator that
 * runs a command (docker compose's healthcheck) runs {@code java -cp /opt/remacto/health HealthCheck <url>}.
 * Exits 0 when the URL answers 200, 1 otherwise.
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = args.length > 0 ? args[0] : "http://localhost:9090/actuator/health/readiness";
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (java.io.IOException e) {
            System.err.println(url + ": " + e);
            System.exit(1);
        }
    }
}
