package ma.remacto.gateway;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway as deployed outside the local run: same key material, no development issuer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayWithoutLocalProfileTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final RecordingBackend SERVICE = RecordingBackend.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", KEYS::publicKeyLocation);
        // even a configured signing key must not turn the issuer on
        registry.add("remacto.dev-issuer.private-key-location", KEYS::privateKeyPath);
        for (String service : List.of("network", "proposals", "programs", "reporting")) {
            registry.add("remacto.services." + service, SERVICE::url);
        }
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void devTokensDoNotExistOutsideTheLocalProfile() {
        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sub\":\"operator-1\",\"roles\":[\"NETWORK_OPERATOR\"]}")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.token").doesNotExist();

        assertThat(SERVICE.seen()).isEmpty();
    }
}
