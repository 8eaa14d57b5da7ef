package ma.remacto.participation.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A citizen's ballot id in one consultation: HMAC-SHA256(secret, consultationId + ":" + token
 * subject), base64url without padding. The same citizen always gets the same ballot in a
 * consultation (one vote per item) and unlinkable ballots across consultations; events and read
 * models hold the ballot id only.
 */
@Component
@EnableConfigurationProperties(BallotProperties.class)
public class Ballots {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public Ballots(BallotProperties properties) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(String consultationId, String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((consultationId + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
