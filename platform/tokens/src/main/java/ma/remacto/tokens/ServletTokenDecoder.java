package ma.remacto.tokens;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The token policy for the servlet services. */
public final class ServletTokenDecoder {

    private ServletTokenDecoder() {
    }

    public static JwtDecoder of(TokenProperties properties) {
        NimbusJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .jwsAlgorithms(algorithms -> algorithms.addAll(TokenPolicy.ASYMMETRIC)).build()
                : NimbusJwtDecoder.withPublicKey(TokenPolicy.publicKey(properties))
                        .signatureAlgorithm(TokenPolicy.PUBLIC_KEY_ALGORITHM).build();
        decoder.setJwtValidator(TokenPolicy.validator(properties));
        return decoder;
    }
}
