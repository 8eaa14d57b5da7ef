package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cap on open event streams (4 per caller by default): the fifth answers 429 with
 * {@code Retry-After}, keyed by the token's subject whatever the role, other callers unaffected,
 * and a closed stream frees its slot. Keep-alives come often here, so that a stream whose client
 * went away is noticed quickly.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.streams.heartbeat-interval=200ms")
@ExtendWith(OutputCaptureExtension.class)
class StreamCapIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aCallerHoldsAtMostFourStreamsAndAClosedOneFreesItsSlot(CapturedOutput output) throws Exception {
        String subject = "analyst-cap-" + UUID.randomUUID();
        String analyst = TestTokens.token(subject, List.of("ANALYST"), null);
        String url = "http://localhost:" + port + "/api/streams/events";
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                streams.add(SseClient.open(url, analyst, null));
            }

            HttpResponse<String> refused = request(url, analyst);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("code").asText()).isEqualTo("too-many-streams");
            assertThat(refused.body()).doesNotContain(subject);

            String sameSubjectAsOperator = TestTokens.token(subject, List.of("NETWORK_OPERATOR"), null);
            assertThat(request(url, sameSubjectAsOperator).statusCode()).as("the cap follows the subject").isEqualTo(429);
            try (SseClient other = SseClient.open(url, TestTokens.token("analyst-" + UUID.randomUUID(),
                    List.of("ANALYST"), null), null)) {
                assertThat(other.status()).as("another caller's streams").isEqualTo(200);
            }

            streams.remove(0).close();
            AtomicReference<SseClient> reopened = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(15)).ignoreException(IllegalStateException.class)
                    .until(() -> reopened.compareAndSet(null, SseClient.open(url, analyst, null)));
            streams.add(reopened.get());
            assertThat(request(url, analyst).statusCode()).as("four open again").isEqualTo(429);
        } finally {
            for (SseClient stream : streams) {
                stream.close();
            }
        }
        assertThat(output.getAll()).as("the raw subject is never logged").doesNotContain(subject);
    }

    private static HttpResponse<String> request(String url, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
