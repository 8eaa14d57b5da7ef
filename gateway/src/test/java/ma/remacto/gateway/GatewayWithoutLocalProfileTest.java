package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway as deployed outside the local run: no development issuer, and no key for one. */
class GatewayWithoutLocalProfileTest {

    static final TestKeys KEYS = TestKeys.generate();

    @Test
    void aDevIssuerKeyWithoutTheLocalProfileStopsTheStart() {
        Map<String, Object> properties = properties();
        properties.put("remacto.dev-issuer.private-key-location", KEYS.privateKeyPath());

        assertThatThrownBy(() -> start(properties).close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("remacto.dev-issuer.private-key-location is set but the local profile is not active");
    }

    @Test
    void devTokensDoNotExistOutsideTheLocalProfile() {
        try (ConfigurableApplicationContext gateway = start(properties())) {
            int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
            WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                    .post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"sub\":\"operator-1\",\"roles\":[\"NETWORK_OPERATOR\"]}")
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.token").doesNotExist();
        }
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(GatewayDatabase.create().properties());
        properties.put("server.port", "0");
        properties.put("remacto.tokens.issuer", TestKeys.ISSUER);
        properties.put("remacto.tokens.public-key-location", KEYS.publicKeyLocation());
        return properties;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(GatewayApplication.class).properties(properties).run();
    }
}
