package ma.remacto.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link KeycloakServer} needs on this machine: the distribution unpacked by the build, a JDK
 * 21+ to run it (the build itself runs on 17) and the realm file. Anything missing fails with the
 * way to fix it: a test that needs Keycloak never skips silently.
 */
record KeycloakInstallation(Path home, Path javaHome, Path realmFile) {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    static KeycloakInstallation find() throws IOException {
        return new KeycloakInstallation(distribution(), jdk21OrNewer(), realm());
    }

    private static Path distribution() throws IOException {
        String configured = System.getProperty("remacto.keycloak.home");
        Path home = configured != null ? Path.of(configured) : unpackedByTheBuild();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath() + ". Build through"
                    + " the pre-integration-test phase (./mvnw verify -pl deploy/local -am), which unpacks"
                    + " org.keycloak:keycloak-quarkus-dist into deploy/local/target/keycloak, or point"
                    + " -Dremacto.keycloak.home at an unpacked keycloak-26.x directory.");
        }
        return home.toAbsolutePath();
    }

    /** For a run outside Maven (an IDE): whatever keycloak-* the last build unpacked. */
    private static Path unpackedByTheBuild() throws IOException {
        Path unpacked = Path.of("target/keycloak");
        if (!Files.isDirectory(unpacked)) {
            return unpacked;
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")).max(Comparator.naturalOrder())
                    .orElse(unpacked);
        }
    }

    private static Path realm() {
        Path realm = Path.of(System.getProperty("remacto.keycloak.realm", "../keycloak/remacto-realm.json"));
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("No realm file at " + realm.toAbsolutePath()
                    + "; set -Dremacto.keycloak.realm to deploy/keycloak/remacto-realm.json");
        }
        return realm.toAbsolutePath().normalize();
    }

    /** REMACTO_KEYCLOAK_JAVA_HOME, else this JVM if it is 21+, else the newest JDK 21+ under /usr/lib/jvm. */
    private static Path jdk21OrNewer() throws IOException {
        String configured = System.getenv("REMACTO_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (featureVersion(home).orElse(0) < 21) {
                throw new IllegalStateException("REMACTO_KEYCLOAK_JAVA_HOME=" + configured + " is not a JDK 21"
                        + " or newer (it needs bin/java and a 'release' file with JAVA_VERSION 21 or more)");
            }
            return home;
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> newest = candidates.filter(p -> featureVersion(p).orElse(0) >= 21)
                        .max(Comparator.comparingInt((Path p) -> featureVersion(p).orElse(0))
                                .thenComparing(Path::toString));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs a JDK 21 or newer and none was found (this JVM is "
                + Runtime.version().feature() + ", nothing 21+ under /usr/lib/jvm). Install one (e.g. Temurin 21"
                + " or 25) and set REMACTO_KEYCLOAK_JAVA_HOME to its directory.");
    }

    private static Optional<Integer> featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isExecutable(javaHome.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(release));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
