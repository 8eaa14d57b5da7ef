package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;
import ma.remacto.local.PlatformCounts.Snapshot;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversize bodies, NUL bytes, floods and too many streams: refused with a problem, nothing recorded.
 */
class InputAttacksIT extends AttackSuite {

    @Test
    void oversizeBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        // only the head is sent: the answer comes without a byte of the declared body
        refused("2 MB JSON body declared", 413, "payload-too-large", () -> gateway.declaringOnly("POST", "/api/processes",
                fixtures.admin, "application/json", 2L * 1024 * 1024));
        refused("6 MB CSV import declared", 413, "payload-too-large", () -> gateway.declaringOnly("POST",
                "/api/collectivities/import", fixtures.operator, "text/csv", 6L * 1024 * 1024));
    }

    @Test
    void nulBytesAreBadRequestsNeverServerErrors() throws Exception {
        refused("NUL byte in a query parameter", 400, "malformed-request",
                () -> gateway.get("/api/audit?collectivity=tem%00ara"));
        refused("NUL byte in a path", 400, "malformed-request", () -> gateway.get("/api/proposals/a%00b"));
        refused("invalid UTF-8 in a query parameter", 400, "malformed-request",
                () -> gateway.get("/api/audit?collectivity=%C3%28"));
        refused("NUL character in JSON text", 400, "unreadable-request", () -> gateway.post("/api/processes",
                fixtures.admin, "{\"collectivityId\":\"temara\",\"title\":\"a\\u0000b\",\"cycle\":\"2027\"}"));
    }


    @Test
    void aFlooderIsLimitedWhileAnotherCallerIsServed() throws Exception {
        String flooder = fixtures.citizen("citizen-flooding");
        String results = "/api/consultations/" + fixtures.consultation + "/results";
        Snapshot before = settled();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.base() + results))
                .header("Authorization", "Bearer " + flooder).build();
        for (int i = 0; i < 2000; i++) {
            flood.add(gateway.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            if (i % 32 == 31) {
                CompletableFuture.allOf(flood.subList(i - 31, i + 1).toArray(CompletableFuture[]::new)).join();
            }
        }
        List<HttpResponse<String>> responses = flood.stream().map(CompletableFuture::join).toList();
        HttpResponse<String> limited = responses.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow(
                () -> new AssertionError("2,000 quick requests from one caller were never limited"));
        Answer other = gateway.get(results, fixtures.analyst);
        answers.add("flood of 2,000 reads from one citizen -> " + responses.stream().filter(a -> a.statusCode() == 429).count()
                + " answered 429 (Retry-After " + limited.headers().firstValue("Retry-After").orElse("?")
                + "), another caller meanwhile -> " + other.status());
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("\"rate-limited\"");
        assertThat(other.status()).isEqualTo(200);
        assertThat(counts.now().events()).isEqualTo(before.events());
    }

    @Test
    void openStreamsPerCallerAreCapped() throws Exception {
        String analyst = gateway.token(Map.of("sub", "analyst-streaming", "roles", List.of("ANALYST")));
        HttpRequest stream = HttpRequest.newBuilder(URI.create(gateway.base() + "/api/streams/events"))
                .header("Authorization", "Bearer " + analyst).header("Accept", "text/event-stream").build();
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        try {
            HttpResponse<Stream<String>> answer;
            do {
                answer = gateway.http().send(stream, HttpResponse.BodyHandlers.ofLines());
                if (answer.statusCode() == 200) {
                    open.add(answer);
                }
            } while (answer.statusCode() == 200 && open.size() < 50);
            String body = String.join("\n", answer.body().toList());
            answers.add("stream number " + (open.size() + 1) + " of one analyst -> " + answer.statusCode());
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(body).contains("\"too-many-streams\"");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(open).hasSizeLessThan(50);
        } finally {
            open.forEach(response -> response.body().close());
        }
    }
}
