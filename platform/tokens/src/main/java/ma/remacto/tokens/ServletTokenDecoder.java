package ma.remacto.tokens;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;

/** The token policy for the servlet services; a token verified lately is not verified again ({@link VerifiedTokens}). */
public final class ServletTokenDecoder {

    private ServletTokenDecoder() {
    }

    public static JwtDecoder of(TokenProperties properties) {
        NimbusJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .jwsAlgorithms(algorithms -> algorithms.addAll(TokenPolicy.ASYMMETRIC)).build()
                : NimbusJwtDecoder.withPublicKey(TokenPolicy.publicKey(properties))
                        .signatureAlgorithm(TokenPolicy.PUBLIC_KEY_ALGORITHM).build();
        OAuth2TokenValidator<Jwt> validator = TokenPolicy.validator(properties);
        decoder.setJwtValidator(validator);
        VerifiedTokens verified = new VerifiedTokens(validator, Clock.systemUTC());
        return token -> {
            Jwt known = verified.recall(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            verified.remember(token, jwt);
            return jwt;
        };
    }
}
