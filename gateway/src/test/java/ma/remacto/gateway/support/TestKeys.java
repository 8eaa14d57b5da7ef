package ma.remacto.gateway.support;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.test.context.DynamicPropertyRegistry;
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

/** RSA key pairs for tests, written as the PEM files the gateway reads. */
public final class TestKeys {

    private final KeyPair pair;
    private final Path publicKeyFile;
    private final Path privateKeyFile;

    private TestKeys(KeyPair pair, Path publicKeyFile, Path privateKeyFile) {
        this.pair = pair;
        this.publicKeyFile = publicKeyFile;
        this.privateKeyFile = privateKeyFile;
    }

    public static TestKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path publicKeyFile = pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Path privateKeyFile = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
            return new TestKeys(pair, publicKeyFile, privateKeyFile);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer the gateway under test trusts. */
    public static final String ISSUER = "remacto-local-dev";

    /** For {@code remacto.tokens.public-key-location} (a resource URL). */
    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    /** The token policy's properties that make the gateway trust this pair's public key. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("remacto.tokens.issuer", () -> ISSUER);
        registry.add("remacto.tokens.public-key-location", this::publicKeyLocation);
    }

    /** For {@code remacto.dev-issuer.private-key-location} (a file path). */
    public String privateKeyPath() {
        return privateKeyFile.toString();
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) pair.getPublic();
    }

    public RSAPrivateKey privateKey() {
        return (RSAPrivateKey) pair.getPrivate();
    }

    /** A token signed with this pair, as any issuer other than the gateway's would sign it. */
    public String sign(String subject, List<String> roles) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of("remacto"))
                .subject(subject)
                .claim("roles", roles)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(3600))
                .build();
        return NimbusJwtEncoder.withKeyPair(publicKey(), (RSAPrivateKey) pair.getPrivate()).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static Path pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        try {
            Path file = Files.createTempFile("gateway-test-", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
