package ma.remacto.tokens;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenPolicyTest {

    private static final String ISSUER = "https://id.example.ma/realms/remacto";
    private static final KeyPair KEYS = rsa();
    private static final KeyPair FOREIGN_KEYS = rsa();

    @TempDir
    Path keys;

    private JwtDecoder decoder() throws Exception {
        Path pem = keys.resolve("issuer.pub.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        return ServletTokenDecoder.of(new TokenProperties(ISSUER, "remacto", null, new FileSystemResource(pem),
                Duration.ofSeconds(30)));
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("citizen-1")
                .audience(List.of("remacto")).issueTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(300)))
                .claim(Claims.ROLES, List.of("CITIZEN"));
        change.accept(claims);
        return claims.build();
    }

    private static String signed(KeyPair keys, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    @Test
    void aTokenOfTheIssuerForTheAudienceIsAccepted() throws Exception {
        Jwt jwt = decoder().decode(signed(KEYS, claims(c -> { })));
        assertThat(jwt.getSubject()).isEqualTo("citizen-1");
    }

    @Test
    void aTokenSentAgainIsAcceptedAgainButATamperedCopyOfItIsRefused() throws Exception {
        JwtDecoder decoder = decoder();
        String token = signed(KEYS, claims(c -> { }));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("citizen-1");
        assertThat(decoder.decode(token).getSubject()).isEqualTo("citizen-1");

        String forgedClaims = signed(FOREIGN_KEYS, claims(c -> c.subject("operator-1")));
        String spliced = forgedClaims.substring(0, forgedClaims.lastIndexOf('.')) + token.substring(token.lastIndexOf('.'));
        assertThatThrownBy(() -> decoder.decode(spliced)).isInstanceOf(JwtException.class);
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThatThrownBy(() -> decoder.decode(altered)).isInstanceOf(JwtException.class);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String none = new PlainJWT(claims(c -> { })).serialize();
        assertThatThrownBy(() -> decoder().decode(none)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String foreign = signed(FOREIGN_KEYS, claims(c -> { }));
        assertThatThrownBy(() -> decoder().decode(foreign)).isInstanceOf(JwtException.class);
    }

    @Test
    void theIssuersPublicKeyUsedAsAnHmacSecretIsRefused() throws Exception {
        SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> { }));
        confused.sign(new MACSigner(KEYS.getPublic().getEncoded()));
        String token = confused.serialize();
        assertThatThrownBy(() -> decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aForeignIssuerIsRefused() throws Exception {
        String token = signed(KEYS, claims(c -> c.issuer("https://elsewhere.example/realms/remacto")));
        assertThatThrownBy(() -> decoder().decode(token)).hasMessageContaining("iss");
    }

    @Test
    void aForeignAudienceIsRefused() throws Exception {
        String token = signed(KEYS, claims(c -> c.audience(List.of("another-app"))));
        assertThatThrownBy(() -> decoder().decode(token)).hasMessageContaining("aud");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        String token = signed(KEYS, claims(c -> c.expirationTime(null)));
        assertThatThrownBy(() -> decoder().decode(token)).hasMessageContaining("exp");
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheSkew() throws Exception {
        String token = signed(KEYS, claims(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(45)))));
        assertThatThrownBy(() -> decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenJustExpiredIsAcceptedWithinTheSkew() throws Exception {
        String token = signed(KEYS, claims(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(10)))));
        assertThat(decoder().decode(token).getSubject()).isEqualTo("citizen-1");
    }

    @Test
    void aTokenNotYetValidIsRefused() throws Exception {
        String token = signed(KEYS, claims(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(120)))));
        assertThatThrownBy(() -> decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void theSkewCannotExceedThirtySeconds() {
        assertThatThrownBy(() -> new TokenProperties(ISSUER, "remacto", java.net.URI.create("https://id/jwks"), null,
                Duration.ofMinutes(5))).hasMessageContaining("clock-skew");
    }

    @Test
    void exactlyOneKeySourceIsConfigured() {
        assertThatThrownBy(() -> new TokenProperties(ISSUER, "remacto", null, null, Duration.ZERO))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new TokenProperties(" ", "remacto", java.net.URI.create("https://id/jwks"), null,
                Duration.ZERO)).hasMessageContaining("issuer");
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
