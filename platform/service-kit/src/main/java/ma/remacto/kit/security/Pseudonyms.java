package ma.remacto.kit.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The caller's pseudonym in this service's context: HMAC-SHA256 of the token's subject under the
 * service's {@code actor} key, its first 16 bytes in base64url, prefixed {@code p-}. Events, Kafka,
 * the audit trail, streams and exports carry only this; the raw subject never leaves the service.
 * Each service has its own key, so one person has unrelated pseudonyms in different contexts, and
 * without the key a pseudonym cannot be traced back to an account.
 */
public final class Pseudonyms {

    public static final String KEY = "actor";
    private static final String ALGORITHM = "HmacSHA256";

    private final Supplier<byte[]> source;
    private volatile SecretKeySpec key;

    /** @param source the key, asked for once, at the first pseudonym (after the database is migrated) */
    public Pseudonyms(Supplier<byte[]> source) {
        this.source = source;
    }

    public String of(String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(source.get(), ALGORITHM);
            key = current;
        }
        return current;
    }
}
