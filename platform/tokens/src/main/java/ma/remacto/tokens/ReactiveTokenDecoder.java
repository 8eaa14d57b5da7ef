package ma.remacto.tokens;

import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The token policy for the reactive gateway. */
public final class ReactiveTokenDecoder {

    private ReactiveTokenDecoder() {
    }

    public static ReactiveJwtDecoder of(TokenProperties properties) {
        NimbusReactiveJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .jwsAlgorithms(algorithms -> algorithms.addAll(TokenPolicy.ASYMMETRIC)).build()
                : NimbusReactiveJwtDecoder.withPublicKey(TokenPolicy.publicKey(properties))
                        .signatureAlgorithm(TokenPolicy.PUBLIC_KEY_ALGORITHM).build();
        decoder.setJwtValidator(TokenPolicy.validator(properties));
        return decoder;
    }
}
