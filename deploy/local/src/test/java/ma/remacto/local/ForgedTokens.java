package ma.remacto.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker would forge, built byte by byte with the JDK: unsigned, signed with a key of
 * their own, signed with the issuer's public key as an HMAC secret, or signed with the real key
 * but with claims the platform must refuse (the last needs the development key, which only
 * someone who broke into the machine would hold).
 */
final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey issuerKey;
    private final byte[] issuerPublicPem;
    private final String issuer;

    private ForgedTokens(PrivateKey issuerKey, byte[] issuerPublicPem, String issuer) {
        this.issuerKey = issuerKey;
        this.issuerPublicPem = issuerPublicPem;
        this.issuer = issuer;
    }

    /** Reads the local run's development issuer key pair from its data directory. */
    static ForgedTokens of(Path home) throws Exception {
        String pem = Files.readString(home.resolve("keys/dev-issuer.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        return new ForgedTokens(key, Files.readAllBytes(home.resolve("keys/dev-issuer.pub.pem")), DevKeys.ISSUER);
    }

    /** The claims of a valid operator token, to be spoiled by one change. */
    Map<String, Object> operatorClaims() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", List.of("remacto"));
        claims.put("sub", "attacker");
        claims.put("roles", List.of("NETWORK_OPERATOR"));
        claims.put("iat", now - 60);
        claims.put("nbf", now - 60);
        claims.put("exp", now + 600);
        return claims;
    }

    String signedByTheIssuer(Map<String, Object> claims) throws Exception {
        return rs256(issuerKey, claims);
    }

    String signedByAForeignKey(Map<String, Object> claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return rs256(generator.generateKeyPair().getPrivate(), claims);
    }

    String unsigned(Map<String, Object> claims) throws Exception {
        return part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims) + ".";
    }

    /** HS256 keyed with the issuer's public key: accepted by a verifier that lets the token pick its algorithm. */
    String hmacWithThePublicKey(Map<String, Object> claims) throws Exception {
        String input = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(issuerPublicPem, "HmacSHA256"));
        return input + "." + URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String rs256(PrivateKey key, Map<String, Object> claims) throws Exception {
        String input = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + URL.encodeToString(signature.sign());
    }

    private static String part(Map<String, ?> json) throws Exception {
        return URL.encodeToString(JSON.writeValueAsBytes(json));
    }
}
