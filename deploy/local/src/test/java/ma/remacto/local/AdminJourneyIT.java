package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A collectivity admin's console, driven with the keyboard in Arabic: a process opened (after a
 * form refused empty), a station planned with a two-slot agenda, corrected, held and its attendance
 * counted; a proposal received in person; citizens' proposals retained and hidden; the phase moved
 * to consultation, a consultation opened, tallied on paper, extended and closed early; the census
 * refused for one bad line then replaced; a committee seat. Each step checks what the page shows
 * and what the API then reads.
 */
@TestMethodOrder(OrderAnnotation.class)
class AdminJourneyIT {

    private static final String COMMUNE = "web-admins";
    private static final String STATION = "atelier-1";

    @TempDir
    static Path files;

    private static WebApp app;
    private static String adminToken;
    private static String processId;
    private static String retained;
    private static String hidden;
    private static String consultationId;

    @BeforeAll
    static void aMemberCommuneAndItsAdmin() throws Exception {
        app = WebApp.shared();
        String operator = app.api.token(Map.of("sub", "web-admins-operator", "roles", List.of("NETWORK_OPERATOR")));
        adminToken = app.api.token(Map.of("sub", "web-admins-admin", "roles", List.of("COLLECTIVITY_ADMIN"), "collectivity", COMMUNE));
        assertThat(app.api.post("/api/collectivities", operator, "{\"id\":\"" + COMMUNE + "\",\"kind\":\"COMMUNE\","
                + "\"nameAr\":\"جماعة المسيرين\",\"nameFr\":\"Commune des administrateurs\",\"regionId\":\"rabat-sale-kenitra\","
                + "\"appliedOn\":\"2025-01-02\"}").status()).isEqualTo(201);
        assertThat(app.api.post("/api/collectivities/" + COMMUNE + "/admission", operator,
                "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2025-01-15\",\"reason\":\"web journey\"}").status()).isEqualTo(200);
        // the membership reaches proposals-service through Kafka: an earlier process waits for it
        String earlier = "{\"id\":\"web-admins-2025\",\"collectivityId\":\"" + COMMUNE + "\",\"title\":\"مسار سابق\",\"cycle\":\"2025\"}";
        await().atMost(Duration.ofSeconds(60)).until(() -> app.api.post("/api/processes", adminToken, earlier).status() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> processes().size() == 1);
        app.reset();
        app.language("ar");
        app.signIn("COLLECTIVITY_ADMIN", "web-admins-admin", COMMUNE, null);
    }

    @Test
    @Order(1)
    void anEmptyTitleIsRefusedInArabicAndAProcessIsOpened() throws Exception {
        app.press("nav-admin");
        until("the console", () -> app.route().equals("/admin/" + COMMUNE) && ready());
        assertThat(app.text("page-title")).isEqualTo("لوحة تسيير جماعة المسيرين");
        assertThat(app.all("process-row")).hasSize(1);
        app.capture("admin-console");
        app.measure("admin-console", "/admin/" + COMMUNE);

        app.press("new-process-submit");
        until("the title's error", () -> app.text("error-title").equals("هذا الحقل إلزامي."));
        assertThat(app.text("form-invalid")).isEqualTo("صحح الحقول المشار إليها ثم أعد الإرسال.");
        assertThat(app.testId("field-title").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(processes()).as("nothing recorded").hasSize(1);

        app.type("field-title", "الإعداد المشترك لبرنامج عمل الانفتاح 2027-2028");
        app.type("field-cycle", "2028-2027");
        app.press("new-process-submit");
        until("the cycle's error", () -> app.text("error-cycle").equals("تنتهي الدورة قبل أن تبدأ."));
        assertThat(processes()).as("nothing recorded").hasSize(1);

        app.type("field-cycle", "2027-2028");
        app.press("new-process-submit");
        until("the new process's page", () -> app.route().startsWith("/admin/process/") && ready());
        processId = app.route().substring("/admin/process/".length());
        assertThat(app.text("page-title")).isEqualTo("المسار: الإعداد المشترك لبرنامج عمل الانفتاح 2027-2028");
        assertThat(app.text("phase")).isEqualTo("جمع الأفكار والمقترحات");
        JsonNode process = process();
        assertThat(process.path("collectivityId").asText()).isEqualTo(COMMUNE);
        assertThat(process.path("cycle").asText()).isEqualTo("2027-2028");
        assertThat(process.path("phase").asText()).isEqualTo("IDEA_COLLECTION");
        assertThat(processes()).hasSize(2);
    }

    @Test
    @Order(2)
    void aStationIsPlannedWithItsAgendaCorrectedHeldAndCounted() throws Exception {
        app.type(in("plan-station", "field-title"), "ورشة الإعداد المشترك");
        app.type(in("plan-station", "field-place"), "قاعة الاجتماعات");
        app.type(in("plan-station", "field-id"), STATION);
        app.press(in("plan-station", "add-slot"));
        app.press(in("plan-station", "add-slot"));
        List<WebElement> slots = app.testId("plan-station").findElements(By.cssSelector("[data-testid='slot']"));
        assertThat(slots).hasSize(2);
        fillSlot(slots.get(0), "10:30", "10:45", "الاستقبال");
        fillSlot(slots.get(1), "10:45", "", "ورشات جمع الأفكار");
        app.press("plan-station-submit");
        until("the planned station", () -> !app.all("station-" + STATION).isEmpty()
                && "PLANNED".equals(station().getDomAttribute("data-status")));
        assertThat(station().findElements(By.cssSelector("[data-testid='agenda'] li"))).extracting(WebElement::getText)
                .containsExactly("10:30–10:45 الاستقبال", "10:45 ورشات جمع الأفكار");
        JsonNode planned = apiStation();
        assertThat(planned.path("agenda")).hasSize(2);
        assertThat(planned.path("agenda").path(1).path("endsAt").isNull()).isTrue();
        assertThat(planned.path("startsOn").asText()).isEqualTo(LocalDate.now().toString());

        app.press("toggle-edit-" + STATION);
        app.type(in("edit-station-" + STATION, "field-title"), "ورشة الإعداد المشترك وجمع الأفكار");
        app.type(in("edit-station-" + STATION, "field-reason"), "تصحيح العنوان");
        app.press("edit-station-" + STATION + "-submit");
        until("the corrected title", () -> station().findElement(By.tagName("h3")).getText().startsWith("ورشة الإعداد المشترك وجمع الأفكار"));
        assertThat(apiStation().path("title").asText()).isEqualTo("ورشة الإعداد المشترك وجمع الأفكار");
        assertThat(apiStation().path("agenda")).as("the agenda kept in the edit").hasSize(2);

        app.press("hold-" + STATION);
        until("the station held", () -> "HELD".equals(station().getDomAttribute("data-status")));
        assertThat(station().findElement(By.cssSelector("[data-testid='station-status']")).getText()).isEqualTo("انعقدت");
        assertThat(station().findElement(By.cssSelector("[data-testid='attendance-none']")).getText()).isEqualTo("لم يسجل الحضور بعد.");

        app.press("toggle-attendance-" + STATION);
        app.type(in("attendance-" + STATION, "field-women"), "12");
        app.type(in("attendance-" + STATION, "field-men"), "9");
        app.type(in("attendance-" + STATION, "field-unspecified"), "1");
        app.type(in("attendance-" + STATION, "field-category-CITIZENS"), "18");
        app.press("attendance-" + STATION + "-submit");
        until("the attendance's total", () -> !station().findElements(By.cssSelector("[data-testid='attendance-total']")).isEmpty()
                && station().findElement(By.cssSelector("[data-testid='attendance-total']")).getText().equals("22"));
        assertThat(station().findElement(By.cssSelector("[data-testid='attendance-women']")).getText()).isEqualTo("12");
        assertThat(station().findElement(By.cssSelector("[data-testid='attendance-men']")).getText()).isEqualTo("9");
        assertThat(station().findElement(By.cssSelector("[data-testid='attendance-unspecified']")).getText()).isEqualTo("1");
        JsonNode attendance = apiStation().path("attendance");
        assertThat(attendance.path("women").asInt()).isEqualTo(12);
        assertThat(attendance.path("men").asInt()).isEqualTo(9);
        assertThat(attendance.path("total").asInt()).isEqualTo(22);
        assertThat(attendance.path("byCategory").path("CITIZENS").asInt()).isEqualTo(18);
        assertThat(attendance.path("proposalsCollected").isNull()).as("not reported, not 0").isTrue();
        app.capture("admin-process");
        app.measure("admin-process", "/admin/process/" + processId);
    }

    @Test
    @Order(3)
    void aProposalReceivedInPersonIsRecordedForItsStation() throws Exception {
        app.choose(in("in-person-proposal", "field-stationId"), STATION);
        app.type(in("in-person-proposal", "field-title"), "تهيئة ملعب القرب");
        app.type(in("in-person-proposal", "field-body"), "اقترح المشاركون تهيئة ملعب للقرب قرب المدرسة.");
        app.type(in("in-person-proposal", "field-neighbourhood"), "الحي الجديد");
        app.press("in-person-proposal-submit");
        until("the notice", () -> app.text("notice").equals("سجل المقترح؛ تجده في قائمة الدراسة."));
        JsonNode inPerson = app.api.get("/api/processes/" + processId + "/proposals?channel=IN_PERSON").json().path("items");
        assertThat(inPerson).hasSize(1);
        assertThat(inPerson.get(0).path("title").asText()).isEqualTo("تهيئة ملعب القرب");
        assertThat(inPerson.get(0).path("stationId").asText()).isEqualTo(STATION);
        assertThat(inPerson.get(0).path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    @Order(4)
    void citizensProposalsAreRetainedAndHiddenWithTheirReasons() throws Exception {
        retained = citizenProposal("web-admins-citizen-1", "إنارة الأزقة", "تجديد الإنارة العمومية في الأزقة");
        hidden = citizenProposal("web-admins-citizen-2", "نص مسيء", "نص لا يليق بالنشر");
        app.open("/admin/process/" + processId + "/review");
        until("the three proposals", () -> app.all("proposal").size() == 3);
        app.capture("admin-review");

        app.press("toggle-review-" + retained);
        app.choose(in("review-" + retained, "field-decision"), "NOT_RETAINED");
        app.press("review-" + retained + "-submit");
        until("the reason's error", () -> in("review-" + retained, "error-reason").getText()
                .equals("القرار «غير مقبول» أو «مدمج» يحتاج إلى سبب."));
        assertThat(app.api.get("/api/proposals/" + retained).json().path("status").asText()).as("nothing recorded").isEqualTo("RECEIVED");

        app.choose(in("review-" + retained, "field-decision"), "RETAINED");
        app.type(in("review-" + retained, "field-reason"), "مقترح ذو أولوية للساكنة");
        app.press("review-" + retained + "-submit");
        until("the proposal retained", () -> "RETAINED".equals(proposal(retained).getDomAttribute("data-status")));
        assertThat(proposal(retained).findElement(By.cssSelector("[data-testid='proposal-status']")).getText()).isEqualTo("مقبول");
        assertThat(proposal(retained).findElement(By.cssSelector("[data-testid='review-reason']")).getText()).isEqualTo("مقترح ذو أولوية للساكنة");

        app.press("toggle-hide-" + hidden);
        app.type(in("hide-" + hidden, "field-reason"), "محتوى مسيء");
        app.press("hide-" + hidden + "-submit");
        until("the proposal hidden", () -> !proposal(hidden).findElements(By.cssSelector("[data-testid='proposal-hidden']")).isEmpty());
        assertThat(proposal(hidden).findElement(By.cssSelector("[data-testid='hidden-reason']")).getText()).isEqualTo("محتوى مسيء");
        assertThat(proposal(hidden).findElement(By.tagName("h3")).getText()).startsWith("[hidden]");

        JsonNode kept = app.api.get("/api/proposals/" + retained).json();
        assertThat(kept.path("status").asText()).isEqualTo("RETAINED");
        assertThat(kept.path("reviewReason").asText()).isEqualTo("مقترح ذو أولوية للساكنة");
        JsonNode moderated = app.api.get("/api/proposals/" + hidden, adminToken).json();
        assertThat(moderated.path("hidden").asBoolean()).isTrue();
        assertThat(moderated.path("hiddenReason").asText()).isEqualTo("محتوى مسيء");
        assertThat(moderated.path("title").asText()).isEqualTo("[hidden]");
        JsonNode publicList = app.api.get("/api/processes/" + processId + "/proposals").json().path("items");
        assertThat(publicList).extracting(p -> p.path("id").asText()).as("the public never sees a hidden proposal")
                .contains(retained).doesNotContain(hidden);

        app.open("/admin/process/" + processId + "/review?status=RETAINED");
        until("the retained filter", () -> app.all("proposal").size() == 1);
        assertThat(app.testId("proposal").getDomAttribute("data-id")).isEqualTo(retained);
    }

    @Test
    @Order(5)
    void thePhaseMovesForwardAndAConsultationIsOpenedTalliedExtendedAndClosedEarly() throws Exception {
        app.open("/admin/process/" + processId);
        app.choose(in("phase-change", "field-phase"), "CONSULTATION");
        app.press("phase-change-submit");
        until("the consultation phase", () -> app.text("phase").equals("الاستشارة حول المشاريع"));
        JsonNode process = process();
        assertThat(process.path("phase").asText()).isEqualTo("CONSULTATION");
        assertThat(process.path("phaseChangedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(app.text("in-person-closed")).isEqualTo("تسجل المقترحات خلال مرحلة جمع الأفكار فقط.");

        app.press("nav-consultations");
        until("the consultations page", () -> app.route().equals("/admin/process/" + processId + "/consultations") && ready());
        app.type(in("open-consultation", "field-title"), "استشارة حول مشاريع البرنامج");
        app.press(in("open-consultation", "add-item"));
        List<WebElement> items = app.testId("open-consultation").findElements(By.cssSelector("[data-testid='item']"));
        assertThat(items).hasSize(2);
        app.type(items.get(0).findElement(By.cssSelector("[data-testid='item-ref']")), retained);
        app.type(items.get(0).findElement(By.cssSelector("[data-testid='item-title']")), "إنارة الأزقة");
        app.type(items.get(1).findElement(By.cssSelector("[data-testid='item-ref']")), "web-admins-program#1");
        app.type(items.get(1).findElement(By.cssSelector("[data-testid='item-title']")), "ملعب القرب");
        app.press("open-consultation-submit");
        until("the consultation's page", () -> app.route().startsWith("/admin/consultation/") && ready());
        consultationId = app.route().substring("/admin/consultation/".length());
        assertThat(app.text("consultation-status")).isEqualTo("مفتوحة");
        assertThat(app.all("result-row")).hasSize(2);

        app.choose(in("tally", "field-stationId"), STATION);
        app.type(in("tally", "field-for-1"), "14");
        app.type(in("tally", "field-against-1"), "3");
        app.press("tally-submit");
        until("the in-person tally", () -> app.all("in-person-for").get(0).getText().equals("14"));
        assertThat(app.all("in-person-against").get(0).getText()).isEqualTo("3");
        assertThat(app.all("total-for").get(0).getText()).isEqualTo("14");

        Instant closing = Instant.parse(results().path("closesAt").asText());
        String shown = app.text("closes-at");
        app.type(in("extend", "field-reason"), "طلب جمعيات الأحياء");
        app.press("extend-submit");
        until("the later closing", () -> !app.text("closes-at").equals(shown));
        assertThat(Instant.parse(results().path("closesAt").asText())).isAfter(closing);

        app.type(in("close", "field-reason"), "اكتمال المشاورات");
        app.press("close-submit");
        until("the consultation closed", () -> app.text("consultation-status").equals("مغلقة"));
        assertThat(app.text("results-final")).isEqualTo("الاستشارة مغلقة: نتائجها نهائية.");
        assertThat(app.all("total-for").get(0).getText()).isEqualTo("14");
        JsonNode results = results();
        assertThat(results.path("status").asText()).isEqualTo("closed");
        assertThat(Instant.parse(results.path("closesAt").asText())).isBefore(Instant.now());
        JsonNode first = results.path("items").get(0);
        assertThat(first.path("ref").asText()).isEqualTo(retained);
        assertThat(first.path("inPerson").path("for").asInt()).isEqualTo(14);
        assertThat(first.path("inPerson").path("against").asInt()).isEqualTo(3);
        assertThat(first.path("online").path("for").asInt()).isZero();
        assertThat(first.path("total").path("for").asInt()).isEqualTo(14);
        app.capture("admin-consultation");

        app.open("/admin/process/" + processId + "/consultations");
        assertThat(app.all("consultation-row")).hasSize(1);
        app.capture("admin-consultations");
    }

    @Test
    @Order(6)
    void aCensusWithOneBadLineRecordsNothingAndAGoodOneReplacesIt() throws Exception {
        String citizen = app.api.token(Map.of("sub", "web-admins-resident", "roles", List.of("CITIZEN")));
        String verification = "{\"collectivityId\":\"" + COMMUNE + "\",\"identifier\":\"AB123456\"}";
        app.open("/admin/" + COMMUNE + "/census");
        app.capture("admin-census");

        send(csv("bad.csv", "identifier", "AB123456", "not-a-card", "C12345"));
        until("the line's error", () -> !app.all("row-error").isEmpty());
        assertThat(app.testId("problem").getDomAttribute("data-code")).isEqualTo("invalid-census");
        assertThat(app.all("row-error")).hasSize(1);
        assertThat(app.all("row-error").get(0).findElement(By.tagName("td")).getText()).isEqualTo("3");
        assertThat(app.api.post("/api/verifications", citizen, verification).status()).as("nothing recorded").isEqualTo(404);

        send(csv("good.csv", "identifier", "AB123456", "C12345", "XY1"));
        until("the entries", () -> !app.all("census-entries").isEmpty());
        assertThat(app.testId("census-entries").getDomAttribute("data-count")).isEqualTo("3");
        assertThat(app.text("census-entries")).isEqualTo("سجل الإحصاء: 3 رقما.");
        assertThat(app.api.post("/api/verifications", citizen, verification).status()).as("the census lists the number").isEqualTo(201);
    }

    @Test
    @Order(7)
    void aCommitteeSeatIsAdded() throws Exception {
        app.open("/admin/" + COMMUNE + "/committee");
        app.type(in("add-member", "field-fullName"), "فاطمة الزهراء");
        app.choose(in("add-member", "field-role"), "CHAIR");
        app.choose(in("add-member", "field-gender"), "WOMAN");
        app.type(in("add-member", "field-memberId"), "chair");
        app.press("add-member-submit");
        until("the seat", () -> !app.all("manage-chair").isEmpty());
        assertThat(app.text("balance-WOMAN")).isEqualTo("1");
        assertThat(app.text("balance-total")).isEqualTo("1");
        JsonNode committee = app.api.get("/api/collectivities/" + COMMUNE + "/committee").json();
        assertThat(committee.path("members")).hasSize(1);
        assertThat(committee.path("members").get(0).path("role").asText()).isEqualTo("CHAIR");
        assertThat(committee.path("genderBalance").path("WOMAN").asInt()).isEqualTo(1);
        app.capture("admin-committee");
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A field or button of one form (the same test ids repeat from form to form). */
    private static WebElement in(String form, String testid) {
        return app.testId(form).findElement(By.cssSelector("[data-testid='" + testid + "']"));
    }

    private static WebElement station() {
        return app.testId("station-" + STATION);
    }

    private static WebElement proposal(String id) {
        return app.browser.findElement(By.cssSelector("[data-testid='proposal'][data-id='" + id + "']"));
    }

    private static void fillSlot(WebElement slot, String startsAt, String endsAt, String title) {
        app.type(slot.findElement(By.cssSelector("[data-testid='slot-startsAt']")), startsAt);
        if (!endsAt.isEmpty()) {
            app.type(slot.findElement(By.cssSelector("[data-testid='slot-endsAt']")), endsAt);
        }
        app.type(slot.findElement(By.cssSelector("[data-testid='slot-title']")), title);
    }

    private static boolean ready() {
        return "true".equals(app.testId("page").getDomAttribute("data-ready"));
    }

    private static void until(String what, Supplier<Boolean> condition) {
        new WebDriverWait(app.browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .ignoring(IndexOutOfBoundsException.class)
                .withMessage(what)
                .until(driver -> condition.get());
    }

    /**
     * Chooses the census file and sends it. Keys sent to a file input name a file, so the keyboard
     * goes to the page itself to tab on to the button.
     */
    private static void send(Path file) {
        app.attach("field-file", file);
        WebElement button = app.testId("census-submit");
        Supplier<Boolean> focused = () -> Boolean.TRUE.equals(
                app.browser.executeScript("return document.activeElement === arguments[0];", button));
        for (int step = 0; step < 100 && !focused.get(); step++) {
            boolean after = Boolean.TRUE.equals(app.browser.executeScript("const a = document.activeElement;"
                    + " return a !== document.body && Boolean(a.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_PRECEDING);", button));
            new Actions(app.browser).sendKeys(after ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
        }
        assertThat(focused.get()).as("the keyboard reaches the census's button").isTrue();
        new Actions(app.browser).sendKeys(Keys.ENTER).perform();
    }

    private static Path csv(String name, String... lines) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String citizenProposal(String citizen, String title, String body) throws Exception {
        String token = app.api.token(Map.of("sub", citizen, "roles", List.of("CITIZEN")));
        GatewayClient.Answer answer = app.api.post("/api/processes/" + processId + "/proposals", token,
                GatewayClient.JSON.writeValueAsString(Map.of("channel", "DIGITAL_PLATFORM", "title", title, "body", body)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> app.api.get("/api/proposals/" + id).status() == 200);
        return id;
    }

    private static List<JsonNode> processes() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        app.api.get("/api/processes?collectivityId=" + COMMUNE).json().path("items").forEach(list::add);
        return list;
    }

    private static JsonNode process() throws Exception {
        return app.api.get("/api/processes/" + processId).json();
    }

    private static JsonNode apiStation() throws Exception {
        return app.api.get("/api/processes/" + processId + "/stations/" + STATION).json();
    }

    private static JsonNode results() throws Exception {
        return app.api.get("/api/consultations/" + consultationId + "/results").json();
    }
}
