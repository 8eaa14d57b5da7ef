package ma.remacto.participation.residence;

import ma.remacto.kit.keys.KeyRing;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The keyed hashes (HMAC-SHA256, base64url) that stand for residents, so that neither identity
 * card numbers nor token subjects are stored, and votes cannot be traced to a person:
 * <ul>
 *   <li>an identity in a census: {@code census} key over {@code <collectivity>:<number>};</li>
 *   <li>an account: {@code census} key over {@code account:<token subject>};</li>
 *   <li>a ballot: {@code ballot} key over {@code <consultation>:<identity>}, where the identity is
 *       the census hash or the account ref of a resident the issuer vouches for.</li>
 * </ul>
 * Author pseudonyms use the {@code actor} key: linking a ballot to an author takes the ballot and
 * the actor keys together, and the census key to go from an account to its identity.
 */
@Component
public class ResidentKeys {

    static final String CENSUS = "census";
    static final String BALLOT = "ballot";
    private static final String ALGORITHM = "HmacSHA256";

    private final KeyRing keys;

    ResidentKeys(KeyRing keys) {
        this.keys = keys;
    }

    /** The census hash of a normalized identity card number in a collectivity. */
    public String identity(String collectivityId, String identifier) {
        return hash(CENSUS, collectivityId + ":" + identifier);
    }

    /** The account ref of a token subject: how bindings and attempts know an account. */
    public String account(String subject) {
        return hash(CENSUS, "account:" + subject);
    }

    /** The ballot of an identity ({@link Residency}) in a consultation. */
    public String ballot(String consultationId, String identity) {
        return hash(BALLOT, consultationId + ":" + identity);
    }

    private String hash(String key, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(keys.key(key), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
