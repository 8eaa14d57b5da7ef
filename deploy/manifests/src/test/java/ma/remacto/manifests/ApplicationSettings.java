package ma.remacto.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.Yaml;

/**
 * The settings one application reads, taken from its executable jar as built: the configuration
 * metadata of every library in it (Spring Boot's, Spring Cloud's, the platform's own
 * {@code @ConfigurationProperties}), the keys and placeholders of its configuration files, and the
 * placeholders and {@code remacto.*} names in its own classes ({@code @Value}, {@code getProperty}).
 *
 * <p>An environment variable is read when Spring's binding of environment variables turns it into one
 * of these names: upper case, {@code _} for {@code .}, dashes dropped ({@code REMACTO_TOKENS_JWKSETURI}
 * for {@code remacto.tokens.jwk-set-uri}); a variable below a map-valued property names one of its
 * entries ({@code SPRING_KAFKA_PROPERTIES_SASL_MECHANISM}).
 */
final class ApplicationSettings {

    /** Variables the JVM or the image reads itself, not Spring: allowed for every application. */
    static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");
    private static final Pattern PLATFORM_NAME = Pattern.compile("remacto(?:\\.[a-z0-9][a-z0-9\\-]*)+");
    private static final Map<String, ApplicationSettings> READ = new ConcurrentHashMap<>();

    private final String application;
    /** Canonical name (lower case, no dashes) to the name as written. */
    private final Map<String, String> names = new HashMap<>();
    /** Canonical names of properties whose value is a map: any entry below them is read. */
    private final Set<String> maps = new TreeSet<>();

    private ApplicationSettings(String application) {
        this.application = application;
    }

    /** The settings of an application module ({@code gateway}, {@code network-service}, …), from its built jar. */
    static ApplicationSettings of(String module) {
        return READ.computeIfAbsent(module, ApplicationSettings::read);
    }

    private static ApplicationSettings read(String module) {
        Path jar = Project.root().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the application is packaged before these checks run");
        }
        ApplicationSettings settings = new ApplicationSettings(module);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    try (InputStream nested = zip.getInputStream(entry)) {
                        settings.readLibrary(nested, name.contains("/remacto-"));
                    }
                } else if (name.startsWith("BOOT-INF/classes/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        settings.readEntry(name, in.readAllBytes(), true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + jar, e);
        }
        if (settings.names.isEmpty()) {
            throw new IllegalStateException("no setting found in " + jar);
        }
        return settings;
    }

    private void readLibrary(InputStream jar, boolean platformLibrary) throws IOException {
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.endsWith("spring-configuration-metadata.json")
                    || (platformLibrary && (name.endsWith(".class") || name.endsWith(".yml")))) {
                readEntry(name, zip.readAllBytes(), platformLibrary);
            }
        }
    }

    private void readEntry(String name, byte[] content, boolean platformCode) throws IOException {
        if (name.endsWith("spring-configuration-metadata.json")) {
            readMetadata(content);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            readYaml(content);
        } else if (name.endsWith(".properties") && !name.contains("META-INF")) {
            String text = new String(content, StandardCharsets.UTF_8);
            text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("[=:]", 2)[0].strip()).forEach(this::add);
            addPlaceholders(text);
        } else if (platformCode && name.endsWith(".class")) {
            // constant strings are stored as modified UTF-8: ASCII names read the same in Latin-1
            String text = new String(content, StandardCharsets.ISO_8859_1);
            addPlaceholders(text);
            Matcher matcher = PLATFORM_NAME.matcher(text);
            while (matcher.find()) {
                add(matcher.group());
            }
        }
    }

    private void readMetadata(byte[] content) throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(content);
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asText();
            add(name);
            if (property.path("type").asText().startsWith("java.util.Map")) {
                maps.add(canonical(name));
            }
        }
    }

    private void readYaml(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        for (Object document : new Yaml().loadAll(new ByteArrayInputStream(content))) {
            if (document instanceof Map<?, ?> map) {
                addKeys("", map);
            }
        }
        addPlaceholders(text);
    }

    private void addKeys(String prefix, Map<?, ?> map) {
        map.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                addKeys(name + ".", nested);
            } else {
                add(name);
            }
        });
    }

    private void addPlaceholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            add(matcher.group(1));
        }
    }

    private void add(String name) {
        String trimmed = name.replaceAll("[.\\-]+$", "");
        if (!trimmed.isEmpty()) {
            names.putIfAbsent(canonical(trimmed), trimmed);
        }
    }

    /** Whether the application reads this environment variable. */
    boolean reads(String variable) {
        return property(variable).isPresent();
    }

    /** The property an environment variable sets in this application, if it reads it. */
    Optional<String> property(String variable) {
        if (RUNTIME_VARIABLES.contains(variable)) {
            return Optional.of(variable);
        }
        String canonical = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        String known = names.get(canonical);
        if (known != null) {
            return Optional.of(known);
        }
        return maps.stream().filter(map -> canonical.startsWith(map + ".")).findFirst()
                .map(map -> names.get(map) + canonical.substring(map.length()));
    }

    /** Every setting name found, as written. */
    Set<String> names() {
        return new TreeSet<>(names.values());
    }

    String application() {
        return application;
    }

    private static String canonical(String property) {
        return property.toLowerCase(Locale.ROOT).replace("-", "");
    }

    @Override
    public String toString() {
        return application + " (" + names.size() + " settings)";
    }
}
