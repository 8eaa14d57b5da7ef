package ma.remacto.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.RecordingBackend;
import ma.remacto.gateway.support.RecordingBackend.Seen;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets per caller, shared through the gateway's database: the flooder is refused with 429
 * and Retry-After, and nobody else notices. Small limits here (writes: bursts of 3; reads and
 * anonymous callers: bursts of 5; dev tokens: bursts of 2), refilled too slowly to matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("local")
class RateLimitTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final GatewayDatabase DATABASE = GatewayDatabase.create();
    static final RecordingBackend SERVICE = RecordingBackend.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        DATABASE.register(registry);
        registry.add("remacto.dev-issuer.private-key-location", KEYS::privateKeyPath);
        registry.add("remacto.rate-limits.writes.per-minute", () -> "1");
        registry.add("remacto.rate-limits.writes.burst", () -> "3");
        registry.add("remacto.rate-limits.reads.per-minute", () -> "1");
        registry.add("remacto.rate-limits.reads.burst", () -> "5");
        registry.add("remacto.rate-limits.anonymous.per-minute", () -> "1");
        registry.add("remacto.rate-limits.anonymous.burst", () -> "5");
        registry.add("remacto.rate-limits.dev-tokens.per-minute", () -> "1");
        registry.add("remacto.rate-limits.dev-tokens.burst", () -> "2");
        SERVICE.serveEveryService(registry);
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICE.forget();
    }

    @Test
    void aFlooderGets429WithRetryAfterWhileAnotherCallerStillGets200() {
        String flooder = KEYS.sign("flooder", List.of("CITIZEN"));
        String neighbour = KEYS.sign("neighbour", List.of("CITIZEN"));
        double rejectedBefore = rejections("writes");

        for (int i = 0; i < 3; i++) {
            vote(flooder).expectStatus().isCreated();
        }
        String retryAfter = vote(flooder)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("rate-limited")
                .jsonPath("$.type").isEqualTo("https://remacto.ma/problems/rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        vote(neighbour).expectStatus().isCreated();

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        assertThat(SERVICE.seen()).extracting(Seen::authorization)
                .containsExactly("Bearer " + flooder, "Bearer " + flooder, "Bearer " + flooder, "Bearer " + neighbour);
        assertThat(rejections("writes")).isEqualTo(rejectedBefore + 1);
    }

    @Test
    void readsAndWritesHaveBucketsOfTheirOwn() {
        String caller = KEYS.sign("reader-and-writer", List.of("CITIZEN"));
        for (int i = 0; i < 3; i++) {
            vote(caller).expectStatus().isCreated();
        }
        vote(caller).expectStatus().isEqualTo(429);

        client.get().uri("/api/consultations/c-1").headers(h -> h.setBearerAuth(caller)).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void anonymousCallersAreLimitedPerAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client.get().uri("/api/programs").exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
        assertThat(SERVICE.seen()).hasSize(5);
        // probes are never limited: a throttled probe would have a healthy gateway restarted
        client.get().uri("/livez").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/api/programs").headers(h -> h.setBearerAuth(KEYS.sign("reader", List.of("CITIZEN"))))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void devTokensHaveTheStrictestLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"sub\":\"u-" + i + "\",\"roles\":[\"CITIZEN\"]}")
                    .exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).containsExactly(200, 200, 429);
        assertThat(rejections("dev-tokens")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void bucketsAreKeyedByAHashOfTheSubjectNeverTheSubject() throws Exception {
        vote(KEYS.sign("citizen-with-a-name", List.of("CITIZEN"))).expectStatus().isCreated();

        List<String> keys = bucketKeys();
        assertThat(keys).noneMatch(key -> key.contains("citizen-with-a-name"));
        assertThat(keys).contains("writes:1-3:" + sha256("citizen-with-a-name"));
    }

    private WebTestClient.ResponseSpec vote(String token) {
        return client.put().uri("/api/consultations/c-1/items/i-1/vote").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"choice\":\"FOR\"}")
                .exchange();
    }

    private double rejections(String kind) {
        return meters.get("remacto.ratelimit.rejections").tag("kind", kind).counter().count();
    }

    private static List<String> bucketKeys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = DATABASE.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM rate_limit_bucket")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
