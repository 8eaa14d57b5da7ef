package ma.remacto.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

import java.net.URI;
import java.time.Duration;

/**
 * {@code remacto.tokens}: whose access tokens the platform accepts. The gateway and every service
 * read the same properties, so a token is valid at the door exactly when it is valid behind it.
 *
 * @param issuer            the one trusted issuer ({@code iss}), e.g. {@code https://id.example.ma/realms/remacto}
 * @param audience          what {@code aud} must contain
 * @param jwkSetUri         the issuer's JSON Web Key Set (production: any OpenID Connect provider)
 * @param publicKeyLocation or a single RSA public key in PEM (the local run's development issuer, tests)
 * @param clockSkew         tolerance on {@code exp} and {@code nbf}; at most {@link TokenPolicy#MAX_SKEW}
 */
@ConfigurationProperties("remacto.tokens")
public record TokenProperties(
        String issuer,
        @DefaultValue("remacto") String audience,
        URI jwkSetUri,
        Resource publicKeyLocation,
        @DefaultValue("30s") Duration clockSkew) {

    public static final String PREFIX = "remacto.tokens";

    public TokenProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException(PREFIX + ".issuer must name the one trusted token issuer");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException(PREFIX + ".audience must not be blank");
        }
        if ((jwkSetUri == null) == (publicKeyLocation == null)) {
            throw new IllegalArgumentException(
                    "set exactly one of " + PREFIX + ".jwk-set-uri and " + PREFIX + ".public-key-location");
        }
        if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(TokenPolicy.MAX_SKEW) > 0) {
            throw new IllegalArgumentException(PREFIX + ".clock-skew must be between 0 and "
                    + TokenPolicy.MAX_SKEW.toSeconds() + " s, was " + clockSkew);
        }
    }

    /** Binds the properties when a decoder is actually built (slice tests replace the decoder and need none). */
    public static TokenProperties from(Environment environment) {
        return Binder.get(environment).bind(PREFIX, TokenProperties.class)
                .orElseThrow(() -> new IllegalStateException(PREFIX + ".issuer and "
                        + PREFIX + ".jwk-set-uri (or .public-key-location) must be set"));
    }
}
