package ma.remacto.testkit;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Real RS256 tokens from a throw-away issuer. Services under test validate them with the
 * public key at {@link #publicKeyLocation()}, exactly as they validate production tokens.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
            new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                    .keyID("test").build())));
    /** The test issuer, as every application under test is configured to trust it. */
    public static final String ISSUER = "remacto-test";
    public static final String AUDIENCE = "remacto";
    private static String publicKeyLocation;

    private TestTokens() {
    }

    public static String operator() {
        return token("operator-1", List.of("NETWORK_OPERATOR"), null);
    }

    public static String adminOf(String collectivityId) {
        return token("admin-" + collectivityId, List.of("COLLECTIVITY_ADMIN"), collectivityId);
    }

    public static String citizen(String pseudonym) {
        return token(pseudonym, List.of("CITIZEN"), null);
    }

    /** A citizen whose token says the issuer verified them as a resident of that collectivity. */
    public static String resident(String subject, String collectivityId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(3600))
                .claim("roles", List.of("CITIZEN"))
                .claim("residence", collectivityId)
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(),
                claims)).getTokenValue();
    }

    public static String token(String subject, List<String> roles, String collectivity) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(3600))
                .claim("roles", roles);
        if (collectivity != null) {
            claims.claim("collectivity", collectivity);
        }
        return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(),
                claims.build())).getTokenValue();
    }

    /** The token policy's properties ({@code remacto.tokens.*}) that make an application trust this issuer. */
    public static List<String> properties() {
        return List.of("remacto.tokens.issuer=" + ISSUER,
                "remacto.tokens.audience=" + AUDIENCE,
                "remacto.tokens.public-key-location=" + publicKeyLocation());
    }

    /** A {@code file:} location of the issuer's public key in PEM form. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyLocation == null) {
            try {
                Path file = Files.createTempFile("remacto-test-issuer", ".pub.pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem);
                file.toFile().deleteOnExit();
                publicKeyLocation = file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyLocation;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
