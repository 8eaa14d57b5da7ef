package ma.remacto.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's checkout, its applications and the images that its {@code images} profile builds of them. */
final class Project {

    /** The five applications, by module (each module's jar and image carry its name). */
    static final List<String> APPLICATIONS =
            List.of("gateway", "network-service", "proposals-service", "programs-service", "reporting-service");

    private static final Pattern VERSION = Pattern.compile("<artifactId>remacto-platform</artifactId>\\s*<version>([^<]+)</version>");
    private static final Pattern IMAGE_PREFIX = Pattern.compile("<remacto\\.image\\.prefix>([^<]+)</remacto\\.image\\.prefix>");

    private Project() {
    }

    /** The checkout's root: this module is {@code deploy/manifests}. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("deploy"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no project root above " + here);
    }

    /** The platform's version, from the root pom. */
    static String version() {
        return find(VERSION, "the platform's version");
    }

    /** The image Jib builds of an application module: {@code <prefix>/<module>:<version>}. */
    static String image(String module) {
        if (!APPLICATIONS.contains(module)) {
            throw new IllegalArgumentException(module + " is not one of " + APPLICATIONS);
        }
        return imageRepository(module) + ":" + version();
    }

    /** The image's repository without its tag: {@code <prefix>/<module>}. */
    static String imageRepository(String module) {
        return find(IMAGE_PREFIX, "remacto.image.prefix") + "/" + module;
    }

    private static String find(Pattern pattern, String what) {
        try {
            Matcher matcher = pattern.matcher(Files.readString(root().resolve("pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException(what + " is not in the root pom.xml");
            }
            return matcher.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
