package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen's journey through the participation application, with the keyboard: signs in, verifies
 * their residence by the census (a wrong number first), submits a proposal and finds it, reads the
 * admin's review, votes in a consultation (for, then against; on another item, votes then
 * withdraws), reads their receipt; another citizen erases their personal data; anyone reads
 * Temara's collectivity, process and draft program from the demo data. The collectivity, process,
 * census and consultation are this class's own (ids {@code web-citizens…}), set up through the API.
 */
@TestMethodOrder(OrderAnnotation.class)
class CitizenJourneyIT {

    private static final String PLACE = "web-citizens";
    private static final String PROCESS = "web-citizens-2026";
    private static final String CONSULTATION = "web-citizens-vote";
    private static final String CITIZEN = "citizen-web-journey";
    private static final String ERASING = "citizen-web-erasing";
    private static final String RESIDENT_ID = "AB123456";
    private static final String TITLE = "Éclairage du jardin Nour";
    private static final String REASON = "répond à l’axe de l’environnement";
    private static final String UNKNOWN_AR = "غير معروف";

    private static WebApp app;
    private static GatewayClient api;
    private static String admin;
    private static String citizenToken;
    private static String proposal;
    private static String erasingProposal;

    @BeforeAll
    static void aCommuneWithAProcessAndACensus() throws Exception {
        app = WebApp.shared();
        api = app.api;
        String operator = api.token(Map.of("sub", "operator-web-citizens", "roles", List.of("NETWORK_OPERATOR")));
        admin = api.token(Map.of("sub", "admin-web-citizens", "roles", List.of("COLLECTIVITY_ADMIN"), "collectivity", PLACE));
        citizenToken = api.token(Map.of("sub", CITIZEN, "roles", List.of("CITIZEN")));
        ok(api.post("/api/collectivities", operator, "{\"id\":\"" + PLACE + "\",\"kind\":\"COMMUNE\",\"nameAr\":\"جماعة المواطنين\","
                + "\"nameFr\":\"Commune des citoyens\",\"regionId\":\"rabat-sale-kenitra\",\"appliedOn\":\"2025-01-02\"}"));
        ok(api.post("/api/collectivities/" + PLACE + "/admission", operator,
                "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2025-01-15\",\"reason\":\"indicators met\"}"));
        String process = "{\"id\":\"" + PROCESS + "\",\"collectivityId\":\"" + PLACE + "\",\"title\":\"الإعداد المشترك 2026\",\"cycle\":\"2026\"}";
        await().atMost(Duration.ofSeconds(60)).until(() -> api.post("/api/processes", admin, process).status() == 201);
        ok(api.send("POST", "/api/collectivities/" + PLACE + "/census", admin, "text/csv",
                ("identifier\n" + RESIDENT_ID + "\nCD654321\n").getBytes()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/processes/" + PROCESS).status() == 200);
    }

    @Test
    @Order(1)
    void aCitizenVerifiesTheirResidenceWithTheKeyboardAfterAWrongNumber() throws Exception {
        app.reset();
        app.signIn("CITIZEN", CITIZEN, null, null);
        assertThat(app.text("nav-me")).isEqualTo("فضائي");
        app.press("nav-verify");
        until(() -> app.route().equals("/verify"));
        app.waitReady();
        app.capture("citizen-verify");

        app.choose("field-collectivityId", PLACE);
        app.type("field-identifier", "ZZ999999");
        app.press("verify-submit");
        WebElement problem = app.testId("problem");
        assertThat(problem.getDomAttribute("data-code")).isEqualTo("not-in-census");
        assertThat(problem.findElement(By.className("problem-message")).getText()).as("in Arabic").contains("إحصاء")
                .doesNotContain("census");

        app.type("field-identifier", "ab123456");
        app.press("verify-submit");
        assertThat(app.text("verified")).contains("جماعة المواطنين");
        assertThat(shown("problem")).isZero();

        Answer again = api.post("/api/verifications", citizenToken,
                "{\"collectivityId\":\"" + PLACE + "\",\"identifier\":\"" + RESIDENT_ID + "\"}");
        assertThat(again.status()).as("the number is now bound to this account: " + again.body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theCitizenSubmitsAProposalAndFindsItInTheListAndBySearch() throws Exception {
        app.open("/p/" + PROCESS);
        assertThat(app.text("process-phase")).isEqualTo("تجميع الأفكار");
        app.type("field-title", TITLE);
        app.type("field-body", "Des lampadaires solaires dans le jardin du quartier.\nLe soir, il est trop sombre.");
        app.type("field-suggestedAxis", "Environnement");
        app.type("field-neighbourhood", "Hay Nour");
        app.press("proposal-submit");
        until(() -> app.route().startsWith("/proposal/"));
        app.waitReady();
        proposal = app.route().substring("/proposal/".length());
        assertThat(app.text("page-title")).isEqualTo(TITLE);
        assertThat(app.testId("proposal-status").getDomAttribute("data-value")).isEqualTo("RECEIVED");
        assertThat(app.text("proposal-status")).isEqualTo("متوصل بها");
        JsonNode read = api.get("/api/proposals/" + proposal).json();
        assertThat(read.path("title").asText()).isEqualTo(TITLE);
        assertThat(read.path("channel").asText()).isEqualTo("DIGITAL_PLATFORM");
        assertThat(read.path("neighbourhood").asText()).isEqualTo("Hay Nour");
        app.capture("citizen-proposal");

        app.open("/p/" + PROCESS);
        assertThat(titles()).containsExactly(TITLE);
        app.type("search-q", "jardin");
        app.press("proposal-search-submit");
        until(() -> app.route().contains("q=jardin"));
        app.waitReady();
        assertThat(titles()).containsExactly(TITLE);
        app.type("search-q", "piscine");
        app.press("proposal-search-submit");
        until(() -> app.route().contains("q=piscine"));
        app.waitReady();
        assertThat(shown("proposal-item")).isZero();
        assertThat(app.testId("proposals").getText()).contains("لا شيء بعد.");
        assertThat(api.get("/api/processes/" + PROCESS + "/proposals?q=piscine").json().path("items")).isEmpty();
        app.open("/p/" + PROCESS + "?q=jardin");
        app.capture("citizen-process");
    }

    @Test
    @Order(3)
    void theAdminsReviewReachesTheProposalsPage() throws Exception {
        ok(api.post("/api/proposals/" + proposal + "/review", admin,
                "{\"decision\":\"RETAINED\",\"reason\":\"" + REASON + "\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "RETAINED".equals(api.get("/api/proposals/" + proposal).json().path("status").asText()));
        app.open("/proposal/" + proposal);
        assertThat(app.testId("proposal-status").getDomAttribute("data-value")).isEqualTo("RETAINED");
        assertThat(app.text("proposal-status")).isEqualTo("مقبولة");
        assertThat(app.text("review-reason")).isEqualTo(REASON);
        assertThat(shown("withdraw")).as("a decided proposal is not withdrawn").isZero();
    }

    @Test
    @Order(4)
    void aResidentVotesChangesTheirVoteAndWithdrawsAnother() throws Exception {
        String erasing = api.token(Map.of("sub", ERASING, "roles", List.of("CITIZEN")));
        erasingProposal = ok(api.post("/api/processes/" + PROCESS + "/proposals", erasing,
                "{\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"Un banc près de l’école\",\"body\":\"Pour les parents qui attendent.\"}"))
                .json().path("id").asText();
        ok(api.post("/api/processes/" + PROCESS + "/phase", admin,
                "{\"phase\":\"CONSULTATION\",\"on\":\"" + OffsetDateTime.now(ZoneOffset.UTC).toLocalDate() + "\"}"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ok(api.post("/api/processes/" + PROCESS + "/consultations", admin, "{\"id\":\"" + CONSULTATION
                + "\",\"title\":\"Priorités du quartier\",\"items\":[{\"ref\":\"" + proposal + "\",\"title\":\"Éclairage du jardin\"},"
                + "{\"ref\":\"" + erasingProposal + "\",\"title\":\"Un banc près de l’école\"}],"
                + "\"opensAt\":\"" + now.minusMinutes(5) + "\",\"closesAt\":\"" + now.plusDays(1) + "\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/consultations/" + CONSULTATION).status() == 200);
        JsonNode items = api.get("/api/consultations/" + CONSULTATION).json().path("items");
        String first = items.path(0).path("itemId").asText();
        String second = items.path(1).path("itemId").asText();

        app.open("/p/" + PROCESS);
        assertThat(app.text("submit-closed")).as("no proposal outside idea collection, and why").contains("الاستشارة");
        assertThat(shown("field-title")).isZero();
        assertThat(app.all("consultation-row")).hasSize(1);

        app.open("/consultation/" + CONSULTATION);
        assertThat(app.testId("consultation-status").getDomAttribute("data-value")).isEqualTo("open");
        assertThat(app.all("item")).hasSize(2);
        assertThat(choice(first)).isEqualTo("");

        app.press(in(first, "vote-for"));
        untilCounted(() -> "FOR".equals(choice(first)) && "1".equals(count(first, "result-online-for")));
        assertThat(count(first, "result-total-for")).isEqualTo("1");
        assertThat(in(first, "vote-for").getDomAttribute("aria-pressed")).isEqualTo("true");

        app.press(in(first, "vote-against"));
        untilCounted(() -> "AGAINST".equals(choice(first)) && "1".equals(count(first, "result-online-against")));
        assertThat(count(first, "result-online-for")).isEqualTo("0");
        assertThat(in(first, "my-choice").getText()).isEqualTo("ضد");
        JsonNode results = api.get("/api/consultations/" + CONSULTATION + "/results").json().path("items").path(0);
        assertThat(results.path("online").path("for").asLong()).isZero();
        assertThat(results.path("online").path("against").asLong()).isEqualTo(1);

        app.press(in(second, "vote-for"));
        untilCounted(() -> "FOR".equals(choice(second)) && "1".equals(count(second, "result-online-for")));
        app.press(in(second, "vote-withdraw"));
        untilCounted(() -> "".equals(choice(second)) && "0".equals(count(second, "result-online-for")));
        assertThat(api.get("/api/consultations/" + CONSULTATION + "/results").json().path("items").path(1)
                .path("total").path("for").asLong()).isZero();
        app.capture("citizen-consultation");
        app.measure("citizen consultation", "/consultation/" + CONSULTATION);

        JsonNode receipt = api.get("/api/me/ballots", citizenToken).json().path("ballots").path(0);
        app.open("/me");
        WebElement mine = app.browser.findElement(By.cssSelector("[data-testid='receipt'][data-id='" + CONSULTATION + "']"));
        assertThat(mine.findElement(By.cssSelector("[data-testid='ballot-id']")).getText())
                .isEqualTo(receipt.path("ballotId").asText()).isNotBlank();
        List<WebElement> votes = mine.findElements(By.cssSelector("[data-testid='receipt-vote']"));
        assertThat(votes).as("the withdrawn vote is gone from the receipt").hasSize(1);
        assertThat(votes.get(0).getDomAttribute("data-id")).isEqualTo(first);
        assertThat(votes.get(0).findElement(By.cssSelector("[data-testid='receipt-choice']")).getText()).isEqualTo("ضد");
        assertThat(app.all("residence-census")).hasSize(1);
        assertThat(app.text("residence-census")).contains("جماعة المواطنين");
        assertThat(app.all("my-proposal")).hasSize(1);
        assertThat(app.text("my-proposal-status")).isEqualTo("مقبولة");
        app.capture("citizen-me");
    }

    @Test
    @Order(5)
    void aCitizenWhoIsNotAResidentIsOfferedTheVerification() {
        app.reset();
        app.signIn("CITIZEN", ERASING, null, null);
        app.open("/consultation/" + CONSULTATION);
        assertThat(app.testId("not-resident").getText()).contains("جماعة المواطنين");
        assertThat(app.testId("verify-link").getDomAttribute("href")).isEqualTo("#/verify?c=" + PLACE);
        String first = app.all("item").get(0).getDomAttribute("data-id");
        app.press(in(first, "vote-for"));
        WebElement problem = app.browser.findElement(By.cssSelector("[data-testid='item'][data-id='" + first + "'] [data-testid='problem']"));
        assertThat(problem.getDomAttribute("data-code")).isEqualTo("not-a-verified-resident");
        assertThat(problem.findElement(By.className("problem-message")).getText()).as("in Arabic").contains("تحقق من إقامتك")
                .doesNotContain("resident");
        assertThat(count(first, "result-online-for")).isEqualTo("0");
    }

    @Test
    @Order(6)
    void anotherCitizenErasesTheirPersonalDataAndReadsTheAnswer() throws Exception {
        app.open("/me");
        assertThat(app.all("my-proposal")).hasSize(1);
        app.press("erasure-submit");
        assertThat(app.text("error-confirm")).as("the confirmation is required").isNotEmpty();
        assertThat(shown("erasure-answer")).isZero();
        app.focus(app.testId("field-confirm")).sendKeys(Keys.SPACE);
        app.press("erasure-submit");
        WebElement answer = app.testId("erasure-answer");
        assertThat(answer.getDomAttribute("data-proposals")).isEqualTo("1");
        assertThat(answer.getText()).contains(answer.getDomAttribute("data-erasure-id"), "[erased]");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "[erased]".equals(api.get("/api/proposals/" + erasingProposal).json().path("title").asText()));
        assertThat(api.get("/api/proposals/" + proposal).json().path("title").asText())
                .as("another citizen's text stays").isEqualTo(TITLE);
    }

    @Test
    @Order(7)
    void temarasDraftProgramReadsNotAdoptedWithFundingUnknown() throws Exception {
        app.reset();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            app.open("/program/temara-2025-2026");
            assertThat(app.all("project-row")).hasSize(10);
        });
        assertThat(app.text("program-total")).isEqualTo("85.75 مليون درهم");
        assertThat(app.text("program-adopted-total")).isEqualTo("لم يصادق عليه بعد");
        assertThat(app.text("program-progress")).isEqualTo(UNKNOWN_AR);
        assertThat(app.text("program-late")).isEqualTo(UNKNOWN_AR);
        assertThat(app.text("program-projects-count")).isEqualTo("10");
        assertThat(app.text("not-adopted")).isEqualTo("لم يصادق عليه بعد");
        assertThat(app.all("axis-row")).hasSize(4);
        assertThat(app.text("axes-total")).isEqualTo("85.75");
        assertThat(app.all("project-funding")).hasSize(10).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(UNKNOWN_AR));
        assertThat(app.all("project-percent")).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(UNKNOWN_AR));
        JsonNode read = api.get("/api/programs/temara-2025-2026").json();
        assertThat(read.path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.get("/api/programs/temara-2025-2026?view=adopted").status()).isEqualTo(404);
        app.capture("citizen-program");
        app.measure("citizen program", "/program/temara-2025-2026");
    }

    @Test
    @Order(8)
    void temarasPageAndProcessShowTheDocumentedStationsAndFigures() throws Exception {
        app.open("/c/temara");
        assertThat(app.text("name-ar")).isEqualTo("تمارة");
        assertThat(app.text("name-fr")).isEqualTo("Témara");
        assertThat(app.all("process-row")).hasSize(1);
        assertThat(app.all("program-row")).hasSize(1);
        assertThat(app.testId("program-row").getText()).contains("85.75");
        assertThat(app.testId("dashboard-link").getDomAttribute("href")).isEqualTo("/#/c/temara");
        app.capture("citizen-collectivity");
        app.measure("citizen collectivity", "/c/temara");

        String process = api.get("/api/processes?collectivityId=temara").json().path("items").path(0).path("id").asText();
        app.press("process-link");
        until(() -> app.route().equals("/p/" + process));
        app.waitReady();
        assertThat(app.all("station")).hasSize(5);
        assertThat(app.all("proposal-figure-count")).extracting(WebElement::getText).contains("≈ 100", "50");
        // the documents report figures, not proposal records: the list and any search are empty
        assertThat(shown("proposal-item")).isZero();
        app.type("search-q", "إنارة");
        app.press("proposal-search-submit");
        until(() -> app.route().contains("q="));
        app.waitReady();
        assertThat(shown("proposal-item")).isZero();
        assertThat(app.all("proposal-figure-count")).extracting(WebElement::getText).contains("≈ 100");
        app.measure("citizen process", "/p/" + process);
    }

    // --- helpers ------------------------------------------------------------------------------

    private static WebElement in(String itemId, String testid) {
        return app.browser.findElement(By.cssSelector("[data-testid='item'][data-id='" + itemId + "'] [data-testid='" + testid + "']"));
    }

    private static String choice(String itemId) {
        return in(itemId, "my-choice").getDomAttribute("data-value");
    }

    private static String count(String itemId, String testid) {
        return in(itemId, testid).getText().trim();
    }

    /** How many elements of a test id the page shows now, without waiting for one to appear. */
    private static long shown(String testid) {
        return (Long) app.browser.executeScript(
                "return document.querySelectorAll(\"[data-testid='\" + arguments[0] + \"']\").length;", testid);
    }

    private static List<String> titles() {
        return app.all("proposal-link").stream().map(WebElement::getText).toList();
    }

    /** Waits until the page shows it; a timeout tells what the page showed instead. */
    private static void until(Supplier<Boolean> condition) {
        until(condition, 30);
    }

    /** The counts follow the votes within moments; a loaded machine may take longer. */
    private static void untilCounted(Supplier<Boolean> condition) {
        until(condition, 60);
    }

    private static void until(Supplier<Boolean> condition, int seconds) {
        try {
            new WebDriverWait(app.browser, Duration.ofSeconds(seconds)).ignoring(RuntimeException.class)
                    .until(driver -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError("the page at " + app.route() + " never showed it; it reads:\n"
                    + app.browser.findElement(By.id("page")).getText(), e);
        }
    }

    private static Answer ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        return answer;
    }
}
