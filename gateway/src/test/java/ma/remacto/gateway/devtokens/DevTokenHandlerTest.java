package ma.remacto.gateway.devtokens;

import ma.remacto.gateway.Problem;
import ma.remacto.gateway.support.TestKeys;
import ma.remacto.tokens.TokenProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.reactive.function.server.EntityResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The development issuer answers callers on this machine only, even when the gateway listens on others. */
class DevTokenHandlerTest {

    static final TestKeys KEYS = TestKeys.generate();
    static final String CITIZEN = "{\"sub\":\"u-1\",\"roles\":[\"CITIZEN\"]}";

    final DevTokenHandler handler = new DevTokenHandler(
            NimbusJwtEncoder.withKeyPair(KEYS.publicKey(), KEYS.privateKey()).build(),
            new TokenProperties(TestKeys.ISSUER, "remacto", null, UrlResource.from(KEYS.publicKeyLocation()),
                    Duration.ofSeconds(30)),
            new JsonMapper(), Clock.systemUTC());

    @Test
    void aCallerFromAnotherMachineGets403AndNoToken() {
        ServerResponse response = issue("203.0.113.7");

        assertThat(response.statusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Object body = ((EntityResponse<?>) response).entity();
        assertThat(body).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.code()).isEqualTo("forbidden");
            assertThat(problem.status()).isEqualTo(403);
        });
    }

    @Test
    void aCallerOnThisMachineGetsAToken() {
        ServerResponse response = issue("127.0.0.1");

        assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((EntityResponse<?>) response).entity()).isInstanceOfSatisfying(Map.class,
                body -> assertThat(body.get("token")).asString().isNotBlank());
    }

    @Test
    void theIpv6LoopbackIsOnThisMachineToo() {
        assertThat(issue("::1").statusCode()).isEqualTo(HttpStatus.OK);
    }

    private ServerResponse issue(String remoteAddress) {
        MockServerRequest request = MockServerRequest.builder()
                .remoteAddress(new InetSocketAddress(remoteAddress, 40000))
                .body(Mono.just(CITIZEN.getBytes()));
        return handler.issue(request).block();
    }
}
