package ma.remacto.gateway.devtokens;

import ma.remacto.gateway.Problem;
import ma.remacto.tokens.Claims;
import ma.remacto.tokens.TokenProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Issues development tokens signed with the local key, for the local run and its demo data; to
 * callers on this machine only (loopback), even when the gateway listens on other interfaces.
 */
class DevTokenHandler {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final JwtEncoder encoder;
    private final TokenProperties policy;
    private final ObjectReader requests;
    private final Clock clock;

    DevTokenHandler(JwtEncoder encoder, TokenProperties policy, JsonMapper json, Clock clock) {
        this.encoder = encoder;
        this.policy = policy;
        this.requests = json.readerFor(DevTokenRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.clock = clock;
    }

    Mono<ServerResponse> issue(ServerRequest request) {
        if (!Loopback.caller(request)) {
            return ServerResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(Problem.of(HttpStatus.FORBIDDEN, "forbidden",
                            "the development issuer answers callers on this machine only"));
        }
        return request.bodyToMono(byte[].class)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    DevTokenRequest token;
                    try {
                        token = requests.readValue(body);
                    } catch (JacksonException e) {
                        return invalid(List.of("expected {\"sub\", \"roles\", \"collectivity\", \"residence\"}: " + e.getOriginalMessage()));
                    }
                    if (token == null) {
                        return invalid(List.of("a JSON body is required"));
                    }
                    List<String> problems = token.problems();
                    if (!problems.isEmpty()) {
                        return invalid(problems);
                    }
                    return ServerResponse.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("token", sign(token)));
                });
    }

    private String sign(DevTokenRequest request) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(policy.issuer())
                .audience(List.of(policy.audience()))
                .subject(request.sub())
                .claim(Claims.ROLES, List.copyOf(request.roles()))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(LIFETIME));
        if (request.hasCollectivity()) {
            claims.claim(Claims.COLLECTIVITY, request.collectivity());
        }
        if (request.hasResidence()) {
            claims.claim(Claims.RESIDENCE, request.residence());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static Mono<ServerResponse> invalid(List<String> problems) {
        return ServerResponse.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(Problem.of(HttpStatus.BAD_REQUEST, "invalid-request", String.join("; ", problems)));
    }
}
