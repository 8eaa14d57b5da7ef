package ma.remacto.events.chain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash chain over one topic partition, in log order, that makes the streams tamper
 * evident. Anyone holding a partition can recompute it and compare with the links and heads that
 * reporting-service serves and publishes:
 * <pre>
 * link(-1) = 32 zero bytes
 * link(n)  = SHA-256( link(n-1) || canonical(record n) )
 *
 * canonical(record) = string(topic) || int32(partition) || int64(offset) || bytes(key)
 *                     || int32(number of headers) || for each header, in record order: string(name) || bytes(value)
 *                     || bytes(value)
 * string(s) = int32(length of the UTF-8 bytes of s) || those bytes
 * bytes(b)  = int32(-1) when b is null, else int32(length of b) || b
 * </pre>
 * Integers are big-endian two's complement. Record n is the n-th record of the partition from its
 * first (offset 0, since retention is unlimited); the record's timestamp is not part of it (the
 * CloudEvent's {@code ce_time} header is). Hashes are written as lower-case hex.
 */
public final class HashChain {

    /** Bytes of a link. */
    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    /** The link before a partition's first record: 32 zero bytes. */
    public static byte[] genesis() {
        return new byte[LENGTH];
    }

    /** The link of a record, given the link of the record before it in its partition. */
    public static byte[] link(byte[] previous, ChainedRecord record) {
        if (previous.length != LENGTH) {
            throw new IllegalArgumentException("a link has " + LENGTH + " bytes, not " + previous.length);
        }
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(record));
        return sha256.digest();
    }

    /** The unambiguous byte form of a record that the chain hashes. */
    public static byte[] canonical(ChainedRecord record) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            string(out, record.topic());
            out.writeInt(record.partition());
            out.writeLong(record.offset());
            bytes(out, record.key());
            out.writeInt(record.headers().size());
            for (ChainedRecord.Header header : record.headers()) {
                string(out, header.name());
                bytes(out, header.value());
            }
            bytes(out, record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** Lower-case hex, as links appear in JSON. */
    public static String hex(byte[] link) {
        return HEX.formatHex(link);
    }

    /** The bytes of a hex link. */
    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        bytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
