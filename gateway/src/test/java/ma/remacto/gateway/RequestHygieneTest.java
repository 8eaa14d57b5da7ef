package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.RawHttp;
import ma.remacto.gateway.support.RecordingBackend;
import ma.remacto.gateway.support.RecordingBackend.Seen;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed URLs and oversized bodies are refused at the door with problem+json, before anything
 * reads them, and never reach a service. Limits are small here: 1 KB of JSON, 4 KB of import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RequestHygieneTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final RecordingBackend SERVICE = RecordingBackend.start();
    static final String TOKEN = KEYS.sign("operator-1", List.of("NETWORK_OPERATOR"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        KEYS.register(registry);
        GatewayDatabase.create().register(registry);
        registry.add("remacto.limits.json", () -> "1KB");
        registry.add("remacto.limits.imports", () -> "4KB");
        SERVICE.serveEveryService(registry);
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICE.forget();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/programs?q=%00",
            "/api/programs/%00",
            "/api/programs?q=%zz",
            "/api/programs/%4",
            "/api/programs?q=%C3%28",
            "/api/programs/%FF",
            "/api/programs?q=caf\u00e9"})
    void aMalformedUrlAnswers400AndReachesNoService(String target) {
        RawHttp.Answer answer = RawHttp.get(port, target);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"malformed-request\"", "\"status\":400");
        assertThat(SERVICE.seen()).isEmpty();
    }

    @Test
    void aWellFormedEncodedUrlPasses() {
        assertThat(RawHttp.get(port, "/api/programs?q=caf%C3%A9%20%D8%AA").status()).isEqualTo(201);

        assertThat(SERVICE.seen()).extracting(Seen::path).containsExactly("/api/programs");
    }

    @Test
    void aJsonBodyOverItsDeclaredLimitAnswers413AndReachesNoService() {
        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(2048))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody()
                .jsonPath("$.code").isEqualTo("payload-too-large")
                .jsonPath("$.status").isEqualTo(413);

        assertThat(SERVICE.seen()).isEmpty();
    }

    @Test
    void aStreamedBodyWithoutALengthIsCutAtItsLimit() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> body = Flux.range(0, 8)
                .map(i -> buffers.wrap(" ".repeat(512).getBytes(StandardCharsets.UTF_8)));

        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromDataBuffers(body))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");

        assertThat(SERVICE.seen()).isEmpty();
    }

    @Test
    void importsHaveTheLargerLimit() {
        String csv = "id;name\n" + "x;y\n".repeat(700);
        client.post().uri("/api/programs/p-1/matrix").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange()
                .expectStatus().isCreated();
        client.post().uri("/api/collectivities/c-1/census").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(2048))
                .exchange()
                .expectStatus().isCreated();
        client.post().uri("/api/programs/p-1/matrix").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv.repeat(2))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");

        assertThat(SERVICE.seen()).extracting(Seen::path)
                .containsExactly("/api/programs/p-1/matrix", "/api/collectivities/c-1/census");
    }

    @Test
    void aBodyWithinItsLimitPasses() {
        client.post().uri("/api/collectivities").headers(h -> h.setBearerAuth(TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(900))
                .exchange()
                .expectStatus().isCreated();

        assertThat(SERVICE.seen()).extracting(Seen::path).containsExactly("/api/collectivities");
    }

    /** A JSON object of about this many bytes. */
    private static String json(int bytes) {
        return "{\"padding\":\"" + "x".repeat(bytes - 15) + "\"}";
    }
}
