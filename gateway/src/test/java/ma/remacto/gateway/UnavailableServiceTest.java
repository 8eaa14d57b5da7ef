package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/** A service that does not answer: the gateway says so as problem+json, never as a bare 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class UnavailableServiceTest {

    static final TestKeys KEYS = TestKeys.generate();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        KEYS.register(registry);
        GatewayDatabase.create().register(registry);
        for (String service : List.of("network", "proposals", "programs", "reporting")) {
            registry.add("remacto.services." + service, () -> "http://localhost:" + closed);
        }
    }

    @Autowired
    WebTestClient client;

    @Test
    void anUnreachableServiceAnswers503ProblemJsonWithRetryAfter() {
        client.get().uri("/api/collectivities/temara")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.status").isEqualTo(503);
    }
}
