package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network operator's console, driven with the keyboard in French: a new commune registered,
 * admitted with its indicators, its charter signed, suspended and reinstated; a CSV import
 * refused for one bad line then accepted; an activity with its attendance and axis; a rebuild of
 * the projections followed to its end, and the hash chains. Each step checks what the page shows
 * and what the API then reads.
 */
@TestMethodOrder(OrderAnnotation.class)
class OperatorJourneyIT {

    private static final String COMMUNE = "web-operators-1";
    private static final String ACTIVITY = "web-operators-training-1";
    private static final String IMPORTED_ONE = "web-operators-import-un";
    private static final String IMPORTED_TWO = "web-operators-import-deux";

    @TempDir
    static Path files;

    private static WebApp app;
    private static String operatorToken;

    @BeforeAll
    static void signInAsOperator() throws Exception {
        app = WebApp.shared();
        operatorToken = app.api.token(Map.of("sub", "web-operators-api", "roles", List.of("NETWORK_OPERATOR")));
        app.reset();
        app.language("fr");
        app.signIn("NETWORK_OPERATOR", "web-operators", null, null);
    }

    @Test
    @Order(1)
    void anOperatorRegistersACommuneFromTheMembersPage() throws Exception {
        app.open("/operator");
        app.capture("operator-members");
        app.measure("operator-members", "/operator");

        app.choose("field-kind", "COMMUNE");
        app.type("field-id", COMMUNE);
        app.type("field-nameAr", "جماعة الاختبار");
        app.type("field-nameFr", "Commune de l’essai web");
        app.choose("field-regionId", "souss-massa");
        app.press("register-submit");

        until("the new member's page", () -> app.route().equals("/operator/member/" + COMMUNE)
                && app.text("member-status").equals("Candidature"));
        assertThat(app.text("page-title")).isEqualTo("Commune de l’essai web");
        assertThat(app.all("history-row")).hasSize(1);
        JsonNode member = member();
        assertThat(member.path("status").asText()).isEqualTo("APPLIED");
        assertThat(member.path("regionId").asText()).isEqualTo("souss-massa");
        app.capture("operator-member");
    }

    @Test
    @Order(2)
    void aRejectionWithoutReasonIsRefusedBeforeAnythingIsSent() throws Exception {
        app.open("/operator/member/" + COMMUNE + "?action=admission");
        app.capture("operator-member-admission");

        app.choose("field-decision", "REJECTED");
        app.press("admission-submit");

        until("the reason's error", () -> app.text("error-reason").equals("Un refus doit être motivé."));
        assertThat(app.text("form-invalid")).isEqualTo("Corrigez les champs signalés puis renvoyez.");
        assertThat(app.testId("field-reason").getDomAttribute("aria-invalid")).isEqualTo("true");
        JsonNode member = member();
        assertThat(member.path("status").asText()).isEqualTo("APPLIED");
        assertThat(member.path("history")).hasSize(1);
    }

    @Test
    @Order(3)
    void anAdmissionRecordsItsIndicators() throws Exception {
        app.open("/operator/member/" + COMMUNE);
        app.press("action-admission");
        until("the admission form", () -> !app.all("admission").isEmpty());
        app.choose("field-decision", "ADMITTED");
        app.type(app.all("indicator-name").get(0), "transparence");
        app.type(app.all("indicator-score").get(0), "3.5");
        app.press("indicator-add");
        until("a second indicator row", () -> app.all("indicator-name").size() == 2);
        app.type(app.all("indicator-name").get(1), "participation");
        app.type(app.all("indicator-score").get(1), "4");
        app.press("admission-submit");

        awaitStatus("Admise");
        List<WebElement> history = app.all("history-row");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).getText()).contains("Admise");
        assertThat(app.all("history-indicators").get(1).getText()).contains("transparence : 3.5", "participation : 4");
        JsonNode admission = member().path("history").get(1);
        assertThat(admission.path("status").asText()).isEqualTo("ADMITTED");
        assertThat(admission.path("indicators").path("transparence").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(admission.path("indicators").path("participation").decimalValue()).isEqualByComparingTo("4");
        assertThat(none("action-admission")).as("an admission is decided once").isTrue();
    }

    @Test
    @Order(4)
    void theSignedCharterMakesTheMemberActive() throws Exception {
        app.press("action-charter");
        until("the charter form", () -> !app.all("charter").isEmpty());
        app.type("field-signatory", "Le président du conseil");
        app.press("charter-submit");

        awaitStatus("Active (charte signée)");
        assertThat(app.text("member-facts")).contains("Le président du conseil");
        JsonNode member = member();
        assertThat(member.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(member.path("charterSignatory").asText()).isEqualTo("Le président du conseil");
        assertThat(none("action-charter")).as("the charter is signed once").isTrue();
    }

    @Test
    @Order(5)
    void aSuspendedMemberIsReinstated() throws Exception {
        app.press("action-suspension");
        until("the suspension form", () -> !app.all("suspension").isEmpty());
        app.type("field-reason", "Aucun rapport depuis un an");
        app.press("suspension-submit");
        awaitStatus("Suspendue");
        assertThat(member().path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(none("action-suspension")).as("a suspended member is not suspended again").isTrue();

        app.press("action-reinstatement");
        until("the reinstatement form", () -> !app.all("reinstatement").isEmpty());
        app.type("field-reason", "Rapport reçu");
        app.press("reinstatement-submit");
        awaitStatus("Active (charte signée)");
        JsonNode member = member();
        assertThat(member.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(member.path("history")).hasSize(5);
        assertThat(member.path("history").get(3).path("reason").asText()).isEqualTo("Aucun rapport depuis un an");
    }

    @Test
    @Order(6)
    void anImportWithOneBadLineRecordsNothingAndAGoodOneRecordsEveryLine() throws Exception {
        int before = collectivities();
        Path bad = csv("bad.csv", "COMMUNE,جماعة أولى,Web Operators Import Un,Souss-Massa,",
                "COMMUNE,جماعة ثانية,Web Operators Import Deux,Atlantide,");
        Path good = csv("good.csv", "COMMUNE,جماعة أولى,Web Operators Import Un,Souss-Massa,",
                "COMMUNE,جماعة ثانية,Web Operators Import Deux,سوس ماسة,2025-01-10");
        app.open("/operator/import");
        app.capture("operator-import");

        importFile(bad);
        until("the line's error", () -> !app.all("row-error").isEmpty());
        assertThat(app.testId("problem").getDomAttribute("data-code")).isEqualTo("invalid-import");
        assertThat(app.all("row-error")).hasSize(1);
        assertThat(app.all("row-error").get(0).getText()).contains("3", "region", "Atlantide");
        assertThat(collectivities()).as("nothing imported").isEqualTo(before);
        assertThat(app.api.get("/api/collectivities/" + IMPORTED_ONE).status()).isEqualTo(404);

        importFile(good);
        until("the import's result", () -> !app.all("import-count").isEmpty());
        assertThat(app.text("import-count")).isEqualTo("2 collectivité(s) importée(s), dont 1 admise(s).");
        assertThat(app.all("imported-link")).extracting(WebElement::getText).containsExactly(IMPORTED_ONE, IMPORTED_TWO);
        assertThat(collectivities()).isEqualTo(before + 2);
        assertThat(app.api.get("/api/collectivities/" + IMPORTED_TWO).json().path("status").asText()).isEqualTo("ADMITTED");

        app.open("/operator");
        app.choose("filter-kind", "COMMUNE");
        app.choose("filter-region", "souss-massa");
        app.press("filter-submit");
        until("the filtered list", () -> app.route().equals("/operator?kind=COMMUNE&region=souss-massa")
                && "true".equals(app.testId("page").getDomAttribute("data-ready")));
        assertThat(app.all("member-row")).extracting(row -> row.getDomAttribute("data-id"))
                .contains(COMMUNE, IMPORTED_ONE, IMPORTED_TWO);
    }

    @Test
    @Order(7)
    void anActivityIsCreatedWithItsAttendanceAndAxis() throws Exception {
        app.open("/operator/activities");
        app.capture("operator-activities");
        app.choose("field-kind", "TRAINING");
        app.type("field-title", "Formation à la co-création");
        typeDate("field-heldOn", LocalDate.of(2025, 3, 5));
        app.type("field-place", "Agadir");
        app.choose("field-axis", "CAPACITY");
        app.type("field-id", ACTIVITY);
        app.press("activity-submit");

        until("the activity's page", () -> app.route().equals("/operator/activities/" + ACTIVITY)
                && !app.all("activity-facts").isEmpty());
        assertThat(app.testId("activity-axis").getDomAttribute("data-axis")).isEqualTo("CAPACITY");
        assertThat(none("attendee")).isTrue();
        app.capture("operator-activity");

        app.type("attendance-filter", "web");
        for (String id : List.of(COMMUNE, IMPORTED_ONE)) {
            app.focus(app.testId("attend-" + id)).sendKeys(Keys.SPACE);
        }
        app.press("attendance-submit");
        until("two attendees", () -> app.all("attendee").size() == 2);
        assertThat(app.all("attendee")).extracting(a -> a.getDomAttribute("data-id")).containsExactly(COMMUNE, IMPORTED_ONE);
        assertThat(activity().path("attendees")).extracting(JsonNode::asText).containsExactly(COMMUNE, IMPORTED_ONE);

        app.choose("field-axis", "CO_CREATION");
        app.press("axis-submit");
        until("the new axis", () -> "CO_CREATION".equals(app.testId("activity-axis").getDomAttribute("data-axis")));
        assertThat(app.text("activity-axis")).startsWith("Axe 2");
        assertThat(activity().path("axis").asText()).isEqualTo("CO_CREATION");

        app.open("/operator/activities");
        assertThat(app.all("activity-link")).extracting(WebElement::getText).contains("Formation à la co-création");
    }

    @Test
    @Order(8)
    void aRebuildOfTheProjectionsIsFollowedToItsEnd() throws Exception {
        app.open("/operator/system");
        app.capture("operator-system");
        app.measure("operator-system", "/operator/system");
        assertThat(app.all("live-table-row")).isNotEmpty();

        app.press("rebuild-submit");
        new WebDriverWait(app.browser, Duration.ofMinutes(4))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .withMessage("the rebuild ends")
                .until(driver -> "true".equals(app.testId("rebuild-status").getDomAttribute("data-ended")));
        JsonNode rebuild = app.api.get("/api/admin/projections", operatorToken).json().path("rebuild");
        assertThat(rebuild.path("state").asText()).isEqualTo("SWAPPED");
        assertThat(app.testId("rebuild-status").getDomAttribute("data-state")).isEqualTo("SWAPPED");
        assertThat(app.text("rebuild-state")).isEqualTo("Terminée : tables remplacées");
        assertThat(app.all("checksum-row")).hasSize(rebuild.path("tables").size()).isNotEmpty();
        assertThat(app.all("checksum-row")).allSatisfy(row ->
                assertThat(row.getText()).contains("oui"));

        JsonNode heads = app.api.get("/api/chain?limit=100").json().path("items");
        assertThat(app.all("chain-head-row")).hasSize(heads.size()).isNotEmpty();
        JsonNode first = heads.get(0);
        assertThat(app.all("chain-head-row").get(0).getText()).contains(first.path("hash").asText());
        app.press(app.all("chain-links-link").get(0));
        until("the partition's links", () -> app.route().startsWith("/operator/system/chain/")
                && !app.all("chain-link-row").isEmpty());
        assertThat(app.all("chain-link-row")).hasSize((int) Math.min(100, first.path("count").asLong()));
        app.capture("operator-chain-links");
    }

    // --- helpers ------------------------------------------------------------------------------

    private static void until(String what, Supplier<Boolean> condition) {
        new WebDriverWait(app.browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .withMessage(what)
                .until(driver -> condition.get());
    }

    /** Back on the member's page once the action is recorded, showing the new status. */
    private static void awaitStatus(String label) {
        until("the member's status " + label, () -> app.route().equals("/operator/member/" + COMMUNE)
                && "true".equals(app.testId("page").getDomAttribute("data-ready"))
                && app.text("member-status").equals(label));
    }

    /** Types a date with the keyboard, its parts in the order of the browser's date field (its locale's). */
    private static void typeDate(String testid, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) app.browser.executeScript("return new Intl.DateTimeFormat()"
                + ".formatToParts(new Date(2025, 2, 5)).filter(p => p.type !== 'literal').map(p => p.type);");
        StringBuilder digits = new StringBuilder();
        order.forEach(part -> digits.append(switch (part) {
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "month" -> String.format("%02d", date.getMonthValue());
            default -> String.valueOf(date.getYear());
        }));
        WebElement field = app.testId(testid);
        app.focus(field).sendKeys(digits);
        assertThat(field.getDomProperty("value")).as("the date typed").isEqualTo(date.toString());
    }

    /**
     * Chooses the file to import and sends it. Keys sent to a file input's element name a file, so
     * the keyboard goes to the page itself (as a user's does) to tab on to the button.
     */
    private static void importFile(Path file) {
        app.attach("field-file", file);
        WebElement send = app.testId("import-submit");
        Supplier<Boolean> focused = () -> Boolean.TRUE.equals(
                app.browser.executeScript("return document.activeElement === arguments[0];", send));
        for (int step = 0; step < 100 && !focused.get(); step++) {
            boolean after = Boolean.TRUE.equals(app.browser.executeScript("const a = document.activeElement;"
                    + " return a !== document.body && Boolean(a.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_PRECEDING);", send));
            new Actions(app.browser).sendKeys(after ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
        }
        assertThat(focused.get()).as("the keyboard reaches the import's button").isTrue();
        new Actions(app.browser).sendKeys(Keys.ENTER).perform();
    }

    /** Whether no element has this test id now (without the implicit wait for one to appear). */
    private static boolean none(String testid) {
        app.browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return app.all(testid).isEmpty();
        } finally {
            app.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        }
    }

    private static JsonNode member() throws Exception {
        return app.api.get("/api/collectivities/" + COMMUNE).json();
    }

    private static JsonNode activity() throws Exception {
        return app.api.get("/api/network/activities/" + ACTIVITY).json();
    }

    /** Every collectivity the API lists, page after page. */
    private static int collectivities() throws Exception {
        int count = 0;
        String after = null;
        do {
            JsonNode page = app.api.get("/api/collectivities?limit=500" + (after == null ? "" : "&after=" + after)).json();
            count += page.path("items").size();
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return count;
    }

    private static Path csv(String name, String... lines) throws Exception {
        List<String> all = new ArrayList<>(List.of("kind,nameAr,nameFr,region,admittedOn"));
        all.addAll(List.of(lines));
        return Files.writeString(files.resolve(name), String.join("\n", all) + "\n", StandardCharsets.UTF_8);
    }
}
