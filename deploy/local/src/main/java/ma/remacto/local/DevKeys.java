package ma.remacto.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The secrets of the local run, made once per data directory so that they survive restarts, and
 * readable by their owner only (as the gateway insists for the signing key): the key pair of the
 * development token issuer (the gateway signs with the private key; every application validates
 * with the public one), and the password that reads the applications' metrics.
 */
record DevKeys(Path privateKey, Path publicKey) {

    /** The {@code iss} of development tokens, the one issuer the local run's applications trust. */
    static final String ISSUER = "remacto-local-dev";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    static DevKeys ensure(Path directory) {
        DevKeys keys = new DevKeys(directory.resolve("dev-issuer.pem"), directory.resolve("dev-issuer.pub.pem"));
        try {
            ownerOnlyDirectory(directory);
            if (Files.exists(keys.privateKey) && Files.exists(keys.publicKey)) {
                // a key left by an earlier version of the local run may be readable by anyone
                restrict(keys.privateKey);
                restrict(keys.publicKey);
                return keys;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeOwnerOnly(keys.privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            writeOwnerOnly(keys.publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The password of the metrics scrape ({@code remacto.management.password}, user
     * {@code prometheus}), from {@code management.password} in the directory, made on first use.
     */
    static String managementPassword(Path directory) {
        Path file = managementPasswordFile(directory);
        try {
            ownerOnlyDirectory(directory);
            if (Files.exists(file)) {
                restrict(file);
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path managementPasswordFile(Path directory) {
        return directory.resolve("management.password");
    }

    private static void ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (posix()) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    /** Created owner-only, so that the secret is never readable by others, not even for a moment. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        if (posix()) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException leftover) {
                restrict(file);
            }
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static void restrict(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
