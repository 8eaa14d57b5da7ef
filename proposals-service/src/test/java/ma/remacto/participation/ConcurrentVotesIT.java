package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One vote per resident per item holds when the same resident's requests arrive at the same time. */
@RealInfrastructureTest
class ConcurrentVotesIT {

    private static final int CITIZENS = 100;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    @Test
    void aHundredCitizensVotingTwiceAtOnceCountAHundredVotes() throws Exception {
        Api api = Api.at(port);
        String admin = TestTokens.adminOf("kenitra");
        NetworkEvents.admit("kenitra", membership);
        created(api.post("/api/processes", admin,
                "{\"id\":\"kenitra-2025\",\"collectivityId\":\"kenitra\",\"title\":\"PAO\",\"cycle\":\"2025\"}"));
        ok(api.post("/api/processes/kenitra-2025/phase", admin, "{\"phase\":\"CONSULTATION\",\"on\":\"2025-09-01\"}"));
        created(api.post("/api/processes/kenitra-2025/consultations", admin, """
                {"id":"kenitra-draft","title":"Projet de programme","items":[{"ref":"kenitra-2025#1","title":"Voirie"}],
                 "opensAt":"%s","closesAt":"%s"}""".formatted(Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600))));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/consultations/kenitra-draft").status() == 200);

        Votes votes = new Votes(port);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            tokens.add(TestTokens.resident("kenitra-citizen-" + i, "kenitra"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * CITIZENS);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CITIZENS; i++) {
                String token = tokens.get(i);
                String choice = i % 2 == 0 ? "FOR" : "AGAINST";
                for (int twice = 0; twice < 2; twice++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return votes.cast("kenitra-draft", "1", token, choice);
                    }));
                }
            }
            start.countDown();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT aggregateidentifier) FROM domainevententry
                        WHERE payloadtype = 'ma.remacto.events.participation.VoteCastEvent'
                          AND aggregateidentifier LIKE 'kenitra-draft:1:%'""").query(Long.class).single())
                .as("one vote stream per citizen").isEqualTo(CITIZENS);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype = 'ma.remacto.events.participation.VoteCastEvent'
                          AND aggregateidentifier LIKE 'kenitra-draft:1:%'""").query(Long.class).single())
                .as("the second, identical vote of each citizen changed nothing").isEqualTo(CITIZENS);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode item = api.get("/api/consultations/kenitra-draft/results").json().path("items").get(0);
            assertThat(item.path("online").path("for").asLong()).isEqualTo(CITIZENS / 2);
            assertThat(item.path("online").path("against").asLong()).isEqualTo(CITIZENS / 2);
            assertThat(item.path("total").path("for").asLong() + item.path("total").path("against").asLong())
                    .isEqualTo(CITIZENS);
        });
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }
}
