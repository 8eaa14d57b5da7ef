package ma.remacto.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code the platform answers has a label in Arabic and French in the web application
 * (labels-problems.js): the pages show that label instead of the API's English detail. The codes
 * are read from the Java sources, where each is a literal given to a refusal in one of a few forms.
 */
class ProblemLabelsTest {

    private static final List<String> MODULES = List.of("network-service", "proposals-service", "programs-service",
            "reporting-service", "gateway", "platform/service-kit", "platform/tokens");
    private static final Path LABELS = Path.of("../../web/src/main/resources/META-INF/resources/app/labels-problems.js");

    private static final String CODE = "\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"";
    /** A method's arguments up to the code: anything but the end of the statement, string literals whole. */
    private static final String ARGUMENTS = "(?:[^;\"]|\"(?:[^\"\\\\]|\\\\.)*\")*?";

    /** The forms a code is given in, each named so that a form gone from the sources shows which. */
    private static final Map<String, Pattern> FORMS = forms();

    /** A refusal's own class calling its parent with a code, in a class that extends a domain refusal. */
    private static final Pattern SUBCLASS = Pattern.compile("\\bextends\\s+(?:RuleViolation|InvalidCommand|NotAllowed)\\b");
    private static final Pattern SUBCLASS_SUPER = Pattern.compile("\\bsuper\\(\\s*" + CODE);

    /**
     * The methods and constructors that take a code: the forms above call them. A new one is a new
     * way to give a code, which the scan must learn before it can be trusted.
     */
    private static final Set<String> TAKERS_OF_A_CODE = Set.of("RuleViolation", "InvalidCommand", "NotAllowed",
            "DomainException", "ApiException", "Problem", "of", "write", "require", "requirePhase", "required");
    private static final Pattern CODE_PARAMETER = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*?)\\bString\\s+code\\s*[,)]");

    /** The page's own words around a problem, and the code it gives when the platform cannot be reached. */
    private static final Set<String> PAGE_WORDS = Set.of("generic", "unexpected", "retryAfter", "rows", "row", "column",
            "detail", "network-error");

    private static final Pattern LABEL_KEY = Pattern.compile("'problem\\.([^']+)'\\s*:");
    private static final Pattern LABEL = Pattern.compile("'problem\\.([^']+)'\\s*:\\s*\\{\\s*ar:\\s*'((?:[^'\\\\]|\\\\.)*)'"
            + "\\s*,\\s*fr:\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,?\\s*}");

    private static Map<Path, String> sources;
    /** Each code, with the files that give it. */
    private static Map<String, Set<String>> codes;
    private static Map<String, Integer> matchesPerForm;

    private static Map<String, Pattern> forms() {
        Map<String, Pattern> forms = new LinkedHashMap<>();
        forms.put("new RuleViolation|InvalidCommand|NotAllowed(code, detail)",
                Pattern.compile("\\bnew\\s+(?:RuleViolation|InvalidCommand|NotAllowed)\\(\\s*" + CODE));
        forms.put("new ApiException|Problems.of|Problem.of|super(HttpStatus.X, code, detail)",
                Pattern.compile("(?:\\bnew\\s+ApiException|\\bProblems?\\.of|\\bsuper)\\(\\s*HttpStatus\\.\\w+\\s*,\\s*" + CODE));
        forms.put("ProblemResponses.write(response, json, HttpStatus.X, code, detail)",
                Pattern.compile("\\bProblemResponses\\.write\\(" + ARGUMENTS + "HttpStatus\\.\\w+\\s*,\\s*" + CODE));
        forms.put("super(Kind.X, code, detail) in a DomainException",
                Pattern.compile("\\bsuper\\(\\s*Kind\\.\\w+\\s*,\\s*" + CODE));
        forms.put("require(rule, code, detail)",
                Pattern.compile("(?<![\\w.])(?:Checks\\.)?require\\(" + ARGUMENTS + ",\\s*" + CODE + "\\s*,"));
        forms.put("requirePhase(phase, code, rule)",
                Pattern.compile("\\brequirePhase\\(\\s*[\\w.]+\\s*,\\s*" + CODE));
        forms.put("Text.required(value, code, what)",
                Pattern.compile("\\bText\\.required\\(" + ARGUMENTS + ",\\s*" + CODE + "\\s*,"));
        return forms;
    }

    @BeforeAll
    static void scanTheSources() throws IOException {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        sources = new TreeMap<>();
        for (String module : MODULES) {
            Path main = root.resolve(module).resolve("src/main/java");
            assertThat(main).as("the sources of " + module).isDirectory();
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .forEach(file -> sources.put(root.relativize(file), read(file)));
            }
        }
        codes = new TreeMap<>();
        matchesPerForm = new LinkedHashMap<>();
        FORMS.keySet().forEach(form -> matchesPerForm.put(form, 0));
        matchesPerForm.put("super(code, detail) in a subclass of a domain refusal", 0);
        sources.forEach((file, text) -> {
            FORMS.forEach((form, pattern) -> collect(form, pattern, file, text));
            if (SUBCLASS.matcher(text).find()) {
                collect("super(code, detail) in a subclass of a domain refusal", SUBCLASS_SUPER, file, text);
            }
        });
    }

    private static void collect(String form, Pattern pattern, Path file, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            codes.computeIfAbsent(matcher.group(1), code -> new TreeSet<>()).add(file.getFileName().toString());
            matchesPerForm.merge(form, 1, Integer::sum);
        }
    }

    @Test
    void theScanFindsEveryFormAndAPlausibleNumberOfCodes() {
        assertThat(matchesPerForm).as("each form of giving a code is still found in the sources (else its regex broke)")
                .allSatisfy((form, matches) -> assertThat(matches).as(form).isPositive());
        assertThat(codes.keySet()).as("the codes found").hasSizeGreaterThan(100)
                .contains("consultation-closed", "not-in-census", "not-found", "forbidden", "unauthorized",
                        "rate-limited", "payload-too-large", "invalid-matrix", "title-required", "not-collecting-ideas");
    }

    @Test
    void everyWayOfGivingACodeIsScanned() {
        Set<String> unknown = new TreeSet<>();
        sources.forEach((file, text) -> {
            Matcher matcher = CODE_PARAMETER.matcher(text);
            while (matcher.find()) {
                if (!TAKERS_OF_A_CODE.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1) + " in " + file);
                }
            }
        });
        assertThat(unknown).as("methods taking a String code that the scan does not know: add a form for them")
                .isEmpty();
    }

    @Test
    void everyLabelHasTheShapeOfOne() {
        String labels = read(LABELS);
        Set<String> malformed = new TreeSet<>();
        LABEL_KEY.matcher(labels).results().forEach(key -> malformed.add(key.group(1)));
        malformed.removeAll(labels().keySet());
        assertThat(malformed).as("labels not written as 'problem.<code>': { ar: '…', fr: '…' }").isEmpty();
    }

    @Test
    void everyCodeHasAnArabicAndAFrenchLabel() {
        Map<String, String[]> labels = labels();
        Map<String, Set<String>> missing = new TreeMap<>();
        codes.forEach((code, files) -> {
            String[] label = labels.get(code);
            if (label == null || label[0].isBlank() || label[1].isBlank()) {
                missing.put(code, files);
            }
        });
        assertThat(missing).as("codes without a label in both Arabic and French in " + LABELS.getFileName()
                + " (code=[files that give it])").isEmpty();

        Set<String> unused = new TreeSet<>(labels.keySet());
        unused.removeAll(codes.keySet());
        unused.removeAll(PAGE_WORDS);
        if (!unused.isEmpty()) {
            System.out.println("WARNING: labels for codes not found in the sources (gone, or given by Spring or the gateway "
                    + "in a form the scan does not read): " + unused);
        }
    }

    /** Each label's Arabic and French, by code. */
    private static Map<String, String[]> labels() {
        Map<String, String[]> labels = new TreeMap<>();
        LABEL.matcher(read(LABELS)).results()
                .forEach(label -> labels.put(label.group(1), new String[] {label.group(2), label.group(3)}));
        return labels;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
