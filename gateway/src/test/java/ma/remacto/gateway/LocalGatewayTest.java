package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.RecordingBackend;
import ma.remacto.gateway.support.RecordingBackend.Seen;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("local")
class LocalGatewayTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String SCRAPE_PASSWORD = "scrape-password";
    static final Map<String, RecordingBackend> SERVICES = Map.of(
            "network", RecordingBackend.start(),
            "proposals", RecordingBackend.start(),
            "programs", RecordingBackend.start(),
            "reporting", RecordingBackend.start());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        GatewayDatabase.create().register(registry);
        registry.add("remacto.dev-issuer.private-key-location", KEYS::privateKeyPath);
        registry.add("remacto.management.password", () -> SCRAPE_PASSWORD);
        SERVICES.forEach((name, backend) -> registry.add("remacto.services." + name, backend::url));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(RecordingBackend::close);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(RecordingBackend::forget);
    }

    @Test
    void aPostWithoutATokenAnswers401AndNeverReachesTheService() {
        client.post().uri("/api/collectivities").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://remacto.ma/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.detail").isNotEmpty();

        assertNoServiceReached();
    }

    @Test
    void aForgedTokenAnswers401() {
        String forged = TestKeys.generate().sign("operator-1", List.of("NETWORK_OPERATOR"));

        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(forged))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");

        assertNoServiceReached();
    }

    @Test
    void aPresentButInvalidTokenAnswers401EvenOnARead() {
        String forged = TestKeys.generate().sign("operator-1", List.of("NETWORK_OPERATOR"));

        client.get().uri("/api/collectivities").headers(h -> h.setBearerAuth(forged))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        client.get().uri("/api/programs").headers(h -> h.setBearerAuth("not-a-jwt"))
                .exchange()
                .expectStatus().isUnauthorized();

        assertNoServiceReached();
    }

    @Test
    void aValidTokenIsForwardedWithItsAuthorizationHeader() {
        String token = devToken("{\"sub\":\"operator-1\",\"roles\":[\"NETWORK_OPERATOR\"]}");

        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"kind\":\"COMMUNE\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.id").isEqualTo("x");

        assertThat(SERVICES.get("network").seen())
                .extracting(Seen::method, Seen::path, Seen::authorization)
                .containsExactly(tuple("POST", "/api/collectivities", "Bearer " + token));
    }

    @Test
    void readsArePublic() {
        client.get().uri("/api/collectivities/commune-a").exchange().expectStatus().isCreated();
        client.head().uri("/api/programs").exchange().expectStatus().isCreated();
        client.get().uri("/").exchange().expectStatus().isCreated();

        assertThat(SERVICES.get("network").seen())
                .extracting(Seen::method, Seen::path, Seen::authorization)
                .containsExactly(tuple("GET", "/api/collectivities/commune-a", null));
        assertThat(SERVICES.get("programs").seen()).extracting(Seen::method).containsExactly("HEAD");
        assertThat(SERVICES.get("reporting").seen()).extracting(Seen::path).containsExactly("/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/collectivities, network",
            "/api/collectivities/commune-a/committee, network",
            "/api/collectivities/commune-a/census, proposals",
            "/api/collectivities/import, network",
            "/api/network/stats, network",
            "/api/processes/p-1/proposals, proposals",
            "/api/proposals/pr-1, proposals",
            "/api/consultations/c-1/results, proposals",
            "/api/verifications, proposals",
            "/api/verifications/v-1, proposals",
            "/api/me/ballots, proposals",
            "/api/me/erasure, proposals",
            "/api/programs/prog-1, programs",
            "/api/dashboards/network, reporting",
            "/api/audit, reporting",
            "/api/exports/members.csv, reporting",
            "/api/streams/events, reporting",
            "/api/chain, reporting",
            "/api/chain/links, reporting",
            "/api/admin/projections, reporting",
            "/, reporting",
            "/index.html, reporting",
            "/ui/app.js, reporting"})
    void eachPrefixRoutesToItsService(String path, String service) {
        client.get().uri(path).exchange().expectStatus().isCreated();

        SERVICES.forEach((name, backend) -> {
            if (name.equals(service)) {
                assertThat(backend.seen()).extracting(Seen::path).as(name).containsExactly(path);
            } else {
                assertThat(backend.seen()).as(name).isEmpty();
            }
        });
    }

    @Test
    void unknownPathsReachNoService() {
        client.get().uri("/api/unknown").exchange().expectStatus().isNotFound();

        assertNoServiceReached();
    }

    @Test
    void aCorrelationIdIsAddedWhenMissingAndEchoed() {
        String generated = client.get().uri("/api/programs").exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
        String given = "0b6f7c1e-3d2a-4f5b-9c8d-7e6f5a4b3c2d";
        client.get().uri("/api/programs").header("X-Correlation-Id", given).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Correlation-Id", given);

        assertThat(generated).matches(UUID);
        assertThat(SERVICES.get("programs").seen()).extracting(Seen::correlationId)
                .containsExactly(generated, given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-42", "<script>", "1-1-1-1-1", "0b6f7c1e-3d2a-4f5b-9c8d-7e6f5a4b3c2d-extra"})
    void aCorrelationIdThatIsNotAUuidIsReplaced(String given) {
        String echoed = client.get().uri("/api/programs").header("X-Correlation-Id", given).exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(echoed).matches(UUID).isNotEqualTo(given);
        assertThat(SERVICES.get("programs").seen()).extracting(Seen::correlationId).containsExactly(echoed);
    }

    @Test
    void onlyHealthIsPublicAndMetricsNeedTheScrapeCredential() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/livez").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"remacto-management\"")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        client.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", "wrong")).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(devToken(
                        "{\"sub\":\"operator-1\",\"roles\":[\"NETWORK_OPERATOR\"]}"))).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();

        client.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", SCRAPE_PASSWORD)).exchange()
                .expectStatus().isOk();
        assertNoServiceReached();
    }

    @Test
    void aDevTokenCarriesTheRequestedClaims() {
        String token = devToken("{\"sub\":\"admin-1\",\"roles\":[\"COLLECTIVITY_ADMIN\"],\"collectivity\":\"commune-a\"}");

        Jwt jwt = NimbusJwtDecoder.withPublicKey(KEYS.publicKey()).build().decode(token);

        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("remacto-local-dev");
        assertThat(jwt.getSubject()).isEqualTo("admin-1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COLLECTIVITY_ADMIN");
        assertThat(jwt.getClaimAsString("collectivity")).isEqualTo("commune-a");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"sub\":\"u-1\",\"roles\":[]}",
            "{\"sub\":\"u-1\"}",
            "{\"sub\":\"u-1\",\"roles\":[\"SUPERUSER\"]}",
            "{\"sub\":\"u-1\",\"roles\":[\"CITIZEN\",\"ROOT\"]}",
            "{\"sub\":\"u-1\",\"roles\":[\"COLLECTIVITY_ADMIN\"]}",
            "{\"sub\":\"u-1\",\"roles\":\"CITIZEN\"}"})
    void devTokensNeedValidRoles(String body) {
        assertInvalidDevTokenRequest(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"roles\":[\"CITIZEN\"]}",
            "{\"sub\":\" \",\"roles\":[\"CITIZEN\"]}",
            "{\"sub\":\"u-1\",\"roles\":[\"CITIZEN\"],\"admin\":true}",
            "not json",
            ""})
    void devTokensRejectMissingSubjectsUnknownFieldsAndMalformedBodies(String body) {
        assertInvalidDevTokenRequest(body);
    }

    private void assertInvalidDevTokenRequest(String body) {
        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-request")
                .jsonPath("$.type").isEqualTo("https://remacto.ma/problems/invalid-request")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.token").doesNotExist();
    }

    private String devToken(String body) {
        String token = client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(TokenResponse.class).returnResult().getResponseBody().token();
        assertThat(token).isNotBlank();
        return token;
    }

    private static void assertNoServiceReached() {
        SERVICES.forEach((name, backend) -> assertThat(backend.seen()).as(name).isEmpty());
    }

    @Test
    void theWebApplicationIsServedByTheGatewayWithoutAToken() {
        client.get().uri("/app").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/app/");
        client.get().uri("/app/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; script-src 'self';"
                        + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
                        + " frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("<html lang=\"ar\" dir=\"rtl\">", "/app/main.js", "/ui/app.css"));
        client.get().uri("/app/main.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
        client.get().uri("/app/config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.devSignIn").isEqualTo(true)
                .jsonPath("$.oidc.available").isEqualTo(false);
        assertThat(SERVICES.values()).allSatisfy(backend -> assertThat(backend.seen()).isEmpty());
    }

    record TokenResponse(String token) {
    }
}
