package ma.remacto.tokens;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;

/** The token policy for the reactive gateway; a token verified lately is not verified again ({@link VerifiedTokens}). */
public final class ReactiveTokenDecoder {

    private ReactiveTokenDecoder() {
    }

    public static ReactiveJwtDecoder of(TokenProperties properties) {
        NimbusReactiveJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .jwsAlgorithms(algorithms -> algorithms.addAll(TokenPolicy.ASYMMETRIC)).build()
                : NimbusReactiveJwtDecoder.withPublicKey(TokenPolicy.publicKey(properties))
                        .signatureAlgorithm(TokenPolicy.PUBLIC_KEY_ALGORITHM).build();
        OAuth2TokenValidator<Jwt> validator = TokenPolicy.validator(properties);
        decoder.setJwtValidator(validator);
        VerifiedTokens verified = new VerifiedTokens(validator, Clock.systemUTC());
        return token -> {
            Jwt known = verified.recall(token);
            if (known != null) {
                return Mono.just(known);
            }
            return decoder.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
        };
    }
}
