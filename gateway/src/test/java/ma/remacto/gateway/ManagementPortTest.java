package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator on a management port of its own, as the local run sets it: health and info open
 * there, metrics only with the scrape credential; the public port answers probes on /livez and
 * /readyz and serves no actuator at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "management.server.address=127.0.0.1",
        "remacto.management.password=" + ManagementPortTest.PASSWORD})
@AutoConfigureWebTestClient
class ManagementPortTest {

    static final String PASSWORD = "scrape-password";
    static final TestKeys KEYS = TestKeys.generate();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        GatewayDatabase.create().register(registry);
    }

    @Autowired
    WebTestClient publicPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthIsOpenOnTheManagementPort() {
        management().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void metricsNeedTheScrapeCredential() {
        management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"remacto-management\"")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        management().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        management().get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", "guess")).exchange()
                .expectStatus().isUnauthorized();

        String scrape = management().get().uri("/actuator/prometheus")
                .headers(h -> h.setBasicAuth("prometheus", PASSWORD)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("remacto_ratelimit_rejections_total");
        management().get().uri("/actuator/metrics").headers(h -> h.setBasicAuth("prometheus", PASSWORD)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void thePublicPortAnswersProbesButServesNoActuator() {
        publicPort.get().uri("/livez").exchange().expectStatus().isOk();
        publicPort.get().uri("/readyz").exchange().expectStatus().isOk();
        publicPort.get().uri("/actuator/prometheus").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404));
        publicPort.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", PASSWORD)).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
    }
}
