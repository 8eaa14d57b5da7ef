package ma.remacto.kit.keys;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key value the repository's configuration files set ({@code remacto.keys.*} or
 * {@code REMACTO_KEYS_*}) is listed in {@code repository-keys.sha256}, so no deployment can start with it.
 */
class RepositoryKeysTest {

    private static final Pattern KEY_SETTING = Pattern.compile(
            "(?:remacto\\.keys\\.[a-z-]+|REMACTO_KEYS_[A-Z_]+|^\\s+(?:actor|ballot|census):)\\s*[=:]\\s*['\"]?([^'\"\\s#]+)",
            Pattern.MULTILINE);

    @Test
    void everyKeyInTheRepositoryIsKnownAsPublished() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        assertThat(root.resolve("pom.xml")).exists();
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(RepositoryKeysTest::configuration).toList()) {
                Matcher matcher = KEY_SETTING.matcher(Files.readString(file));
                while (matcher.find()) {
                    String value = matcher.group(1);
                    if (!value.startsWith("${") && !RepositoryKeys.contains(value, new byte[0])) {
                        unlisted.add(root.relativize(file) + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(unlisted).as("keys set in the repository but not listed in remacto/repository-keys.sha256").isEmpty();
    }

    @Test
    void theFirstWavesBallotSecretIsKnown() {
        assertThat(RepositoryKeys.contains("development-ballot-secret-not-for-production", new byte[0])).isTrue();
    }

    private static boolean configuration(Path file) {
        String path = file.toString();
        String name = file.getFileName().toString();
        return !path.contains("/target/") && !path.contains("/.git/") && !path.contains("/.remacto/")
                && !path.contains("/node_modules/")
                && (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties")
                || name.endsWith(".env") || name.endsWith(".env.example") || name.endsWith(".json"));
    }
}
