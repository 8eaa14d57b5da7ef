package ma.remacto.kit.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keys that anyone who reads the platform's repository knows (development defaults, test
 * fixtures, any key ever committed), by SHA-256 of their text and of their bytes. A deployment
 * outside the local run never accepts one of them. The list is {@code remacto/repository-keys.sha256}.
 */
final class RepositoryKeys {

    private static final Set<String> DIGESTS = load();

    private RepositoryKeys() {
    }

    static boolean contains(String text, byte[] bytes) {
        return DIGESTS.contains(sha256(text.getBytes(StandardCharsets.UTF_8))) || DIGESTS.contains(sha256(bytes));
    }

    static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Set<String> load() {
        try (InputStream list = RepositoryKeys.class.getResourceAsStream("/remacto/repository-keys.sha256")) {
            if (list == null) {
                throw new IllegalStateException("remacto/repository-keys.sha256 is missing from the service kit");
            }
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")[0])
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
