package ma.remacto.kit.keys;

import ma.remacto.events.SealedText;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Crypto-shredding of personal data in an immutable log (Moroccan law 09-08). Each piece of
 * personal data is sealed under a data key of its own (AES-256-GCM, from the JDK), recorded with
 * its data subject in the service's {@code data_key} table. Shredding a key (moderation hid the
 * text, or its subject asked for erasure) deletes it: from then on the text opens as
 * {@code [hidden]} or {@code [erased]}, wherever the sealed copy lives.
 */
public class DataKeys {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public DataKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Seals text under the key {@code keyId}, made now for {@code subject} if it does not exist.
     * Null text stays null.
     */
    public SealedText seal(String keyId, String subject, String text) {
        return text == null ? null : sealWith(keyFor(keyId, subject), keyId, text);
    }

    /**
     * Seals several texts of one piece of personal data (a proposal's title, body, ...) under its
     * key, looked up or made once. Null texts stay null, in their places.
     */
    public List<SealedText> sealAll(String keyId, String subject, List<String> texts) {
        if (texts.stream().allMatch(Objects::isNull)) {
            return Arrays.asList(new SealedText[texts.size()]);
        }
        byte[] key = keyFor(keyId, subject);
        return texts.stream().map(text -> text == null ? null : sealWith(key, keyId, text))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private SealedText sealWith(byte[] key, String keyId, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, keyId, text.getBytes(StandardCharsets.UTF_8));
        return new SealedText(keyId, Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array()));
    }

    /** The text, or the mark of why it is no longer readable. Null stays null. */
    public String open(SealedText sealed) {
        return sealed == null ? null : openWith(stored(sealed.keyId()), sealed);
    }

    /**
     * Opens many sealed texts (a page of proposals) with one lookup of their keys; each comes back
     * in its place, opened or marked. Null stays null.
     */
    public List<String> openAll(List<SealedText> sealed) {
        String[] keyIds = sealed.stream().filter(Objects::nonNull).map(SealedText::keyId).distinct().toArray(String[]::new);
        Map<String, StoredKey> found = new HashMap<>();
        if (keyIds.length > 0) {
            jdbc.sql("SELECT key_id, secret, shred_reason FROM data_key WHERE key_id = ANY(:keys)")
                    .param("keys", keyIds)
                    .query((rs, n) -> Map.entry(rs.getString("key_id"), storedKey(rs)))
                    .list().forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        }
        List<String> opened = new ArrayList<>(sealed.size());
        for (SealedText text : sealed) {
            opened.add(text == null ? null : openWith(Optional.ofNullable(found.get(text.keyId())), text));
        }
        return opened;
    }

    private String openWith(Optional<StoredKey> stored, SealedText sealed) {
        if (stored.isEmpty()) {
            return Redaction.ERASED.mark();
        }
        if (stored.get().secret() == null) {
            return stored.get().reason().mark();
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new String(crypt(Cipher.DECRYPT_MODE, stored.get().secret(), nonce, sealed.keyId(), ciphertext),
                StandardCharsets.UTF_8);
    }

    /** Why the key's text is no longer readable, or empty while it is. */
    public Optional<Redaction> redaction(String keyId) {
        return stored(keyId).map(key -> key.secret() == null ? key.reason() : null);
    }

    /** Destroys one key; true when it was still readable. */
    public boolean shred(String keyId, Redaction reason) {
        return jdbc.sql("""
                        UPDATE data_key SET secret = NULL, shredded_at = now(), shred_reason = :reason
                        WHERE key_id = :key AND secret IS NOT NULL""")
                .param("reason", reason.name()).param("key", keyId).update() > 0;
    }

    /** Destroys every readable key of a data subject; returns their ids. */
    public List<String> shredSubject(String subject, Redaction reason) {
        return jdbc.sql("""
                        UPDATE data_key SET secret = NULL, shredded_at = now(), shred_reason = :reason
                        WHERE subject = :subject AND secret IS NOT NULL RETURNING key_id""")
                .param("reason", reason.name()).param("subject", subject)
                .query(String.class).list().stream().sorted().toList();
    }

    private byte[] keyFor(String keyId, String subject) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO data_key (key_id, subject, secret) VALUES (:key, :subject, :secret) ON CONFLICT DO NOTHING")
                .param("key", keyId).param("subject", subject).param("secret", fresh).update();
        StoredKey stored = stored(keyId).orElseThrow();
        if (stored.secret() == null) {
            throw new IllegalStateException("data key '" + keyId + "' was shredded; nothing may be sealed under it again");
        }
        return stored.secret();
    }

    private Optional<StoredKey> stored(String keyId) {
        return jdbc.sql("SELECT secret, shred_reason FROM data_key WHERE key_id = :key").param("key", keyId)
                .query((rs, n) -> storedKey(rs))
                .optional();
    }

    private static StoredKey storedKey(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredKey(rs.getBytes("secret"),
                rs.getString("shred_reason") == null ? null : Redaction.valueOf(rs.getString("shred_reason")));
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, String keyId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed text under key '" + keyId + "' does not open: it was altered", e);
        }
    }

    private record StoredKey(byte[] secret, Redaction reason) {
    }
}
