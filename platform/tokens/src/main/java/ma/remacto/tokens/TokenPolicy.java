package ma.remacto.tokens;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The checks every access token passes, at the gateway and again in each service: a signature by
 * an asymmetric algorithm (never {@code none}, never a shared secret, so a public key can never
 * be used as an HMAC key), the configured issuer, the configured audience, an expiry that is
 * required, and {@code nbf} when present, each with at most {@link #MAX_SKEW} of tolerance.
 */
public final class TokenPolicy {

    public static final Duration MAX_SKEW = Duration.ofSeconds(30);

    /** The signature algorithms accepted from a JWK set: RSA, RSA-PSS and elliptic curves. */
    public static final Set<SignatureAlgorithm> ASYMMETRIC = EnumSet.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    /** The one algorithm accepted with a single RSA public key. */
    public static final SignatureAlgorithm PUBLIC_KEY_ALGORITHM = SignatureAlgorithm.RS256;

    private TokenPolicy() {
    }

    public static OAuth2TokenValidator<Jwt> validator(TokenProperties properties) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        timestamps.setAllowEmptyNotBeforeClaim(true);
        return new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()));
    }

    static RSAPublicKey publicKey(TokenProperties properties) {
        try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token issuer's public key at "
                    + properties.publicKeyLocation(), e);
        }
    }
}
