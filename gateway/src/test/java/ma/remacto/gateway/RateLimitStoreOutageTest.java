package ma.remacto.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.RecordingBackend;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the limiter's database is down, the gateway fails open to buckets of the same size in its
 * own memory: requests still pass, a flooder is still refused (per instance), the failures are
 * counted, and the shared buckets are used again once the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RateLimitStoreOutageTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final GatewayDatabase DATABASE = GatewayDatabase.create();
    static final RecordingBackend SERVICE = RecordingBackend.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        DATABASE.register(registry);
        registry.add("remacto.rate-limits.writes.per-minute", () -> "1");
        registry.add("remacto.rate-limits.writes.burst", () -> "3");
        registry.add("remacto.rate-limits.store-retry", () -> "200ms");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
        SERVICE.serveEveryService(registry);
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        DATABASE.restart();
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @Test
    void withTheStoreDownRequestsPassAndAreLimitedInMemoryUntilItIsBack() throws SQLException {
        String before = KEYS.sign("before-the-outage", List.of("CITIZEN"));
        vote(before).expectStatus().isCreated();
        assertThat(storedBuckets()).isEqualTo(1);

        DATABASE.stop();
        String flooder = KEYS.sign("flooder-during-the-outage", List.of("CITIZEN"));
        for (int i = 0; i < 3; i++) {
            vote(flooder).expectStatus().isCreated();
        }
        vote(flooder).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("rate-limited");
        vote(KEYS.sign("neighbour-during-the-outage", List.of("CITIZEN"))).expectStatus().isCreated();
        assertThat(meters.get("remacto.ratelimit.store.failures").counter().count()).isGreaterThanOrEqualTo(1);

        DATABASE.restart();
        String after = KEYS.sign("after-the-outage", List.of("CITIZEN"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            vote(after).expectStatus().value(status -> assertThat(status).isIn(201, 429));
            assertThat(storedBuckets()).isEqualTo(2);
        });
    }

    private WebTestClient.ResponseSpec vote(String token) {
        return client.put().uri("/api/consultations/c-1/items/i-1/vote").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"choice\":\"FOR\"}")
                .exchange();
    }

    private static int storedBuckets() throws SQLException {
        try (Connection connection = DATABASE.connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM rate_limit_bucket");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
