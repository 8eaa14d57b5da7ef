package ma.remacto.gateway;

import ma.remacto.gateway.support.DroppingBackend;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Several instances of a service behind one route: taken in turn; one that refuses connections (a
 * dead process) costs the client nothing, whatever the method; a request that reached an instance
 * is never sent to another. Programs has two instances, proposals a dead one and a live one,
 * reporting one that dies mid-request and a live one, network a single URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LoadBalancingTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final RecordingBackend PROGRAMS_A = RecordingBackend.start();
    static final RecordingBackend PROGRAMS_B = RecordingBackend.start();
    static final RecordingBackend PROPOSALS = RecordingBackend.start();
    static final RecordingBackend REPORTING = RecordingBackend.start();
    static final DroppingBackend REPORTING_DYING = DroppingBackend.start();
    static final RecordingBackend NETWORK = RecordingBackend.start();
    static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        GatewayDatabase.create().register(registry);
        registry.add("remacto.services.programs", () -> PROGRAMS_A.url() + "," + PROGRAMS_B.url());
        registry.add("remacto.services.proposals", () -> "http://127.0.0.1:" + CLOSED_PORT + ", " + PROPOSALS.url());
        registry.add("remacto.services.reporting", () -> REPORTING_DYING.url() + "," + REPORTING.url());
        registry.add("remacto.services.network", NETWORK::url);
    }

    @AfterAll
    static void stopBackends() {
        List.of(PROGRAMS_A, PROGRAMS_B, PROPOSALS, REPORTING, NETWORK).forEach(RecordingBackend::close);
        REPORTING_DYING.close();
    }

    @Autowired
    WebTestClient client;

    final String token = KEYS.sign("operator-1", List.of("NETWORK_OPERATOR"));

    @BeforeEach
    void forgetEarlierRequests() {
        List.of(PROGRAMS_A, PROGRAMS_B, PROPOSALS, REPORTING, NETWORK).forEach(backend -> {
            backend.forget();
            backend.answerWith(201);
        });
        REPORTING_DYING.forget();
    }

    @Test
    void theInstancesOfAServiceAnswerInTurn() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int before = PROGRAMS_A.seen().size();
            client.get().uri("/api/programs/prog-" + i).exchange().expectStatus().isCreated();
            answeredBy.add(PROGRAMS_A.seen().size() > before ? "A" : "B");
        }

        assertThat(PROGRAMS_A.seen()).hasSize(3);
        assertThat(PROGRAMS_B.seen()).hasSize(3);
        for (int i = 1; i < answeredBy.size(); i++) {
            assertThat(answeredBy.get(i)).as("request %d of %s", i, answeredBy).isNotEqualTo(answeredBy.get(i - 1));
        }
    }

    @Test
    void aPostGoesToTheLiveInstanceWhenTheOtherRefusesConnections() {
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/processes/p-1/proposals").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"proposal " + i + "\"}")
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.id").isEqualTo("x");
        }

        assertThat(PROPOSALS.seen()).extracting(Seen::method).as("each POST reached the live instance once")
                .containsExactly("POST", "POST", "POST", "POST");
    }

    @Test
    void aRequestThatReachedAnInstanceIsNeverSentToAnotherAndItsLossAnswers502() {
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(client.post().uri("/api/admin/projections/audit/rebuild").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectBody(String.class).returnResult());
        }

        assertThat(REPORTING_DYING.received()).as("the instance that died with the request").isEqualTo(1);
        assertThat(REPORTING.seen()).as("the live instance, once: not the dropped request again").hasSize(1);
        assertThat(answers).extracting(answer -> answer.getStatus().value()).containsExactlyInAnyOrder(201, 502);
        EntityExchangeResult<String> lost = answers.stream().filter(answer -> answer.getStatus().value() == 502)
                .findFirst().orElseThrow();
        assertThat(lost.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(lost.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(lost.getResponseBody()).contains("\"code\":\"service-unavailable\"", "may or may not have taken effect");
    }

    @Test
    void aServiceErrorIsPassedOnAndNotRetried() {
        PROGRAMS_A.answerWith(500);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            statuses.add(client.post().uri("/api/programs").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 500);
        assertThat(PROGRAMS_A.seen()).hasSize(1);
        assertThat(PROGRAMS_B.seen()).hasSize(1);
    }

    @Test
    void aSingleUrlServesAsBefore() {
        client.get().uri("/api/collectivities/temara").exchange().expectStatus().isCreated();
        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isCreated();

        assertThat(NETWORK.seen()).extracting(Seen::method, Seen::path)
                .containsExactly(tuple("GET", "/api/collectivities/temara"),
                        tuple("POST", "/api/collectivities"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
