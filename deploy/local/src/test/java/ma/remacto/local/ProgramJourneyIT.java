package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A collectivity admin's action program in the browser, with the keyboard, from the draft to its
 * execution: a period already taken is refused, a matrix file with a bad row imports nothing and
 * says which row, a good one imports its axes and projects, draft projects are edited, funded,
 * linked to a retained proposal and removed, the program goes to consultation and is adopted, then
 * a project is revised with a reason, its progress reported with a PDF as evidence, and the program
 * evaluated. What the page shows is checked against what the API reads.
 */
@TestMethodOrder(OrderAnnotation.class)
class ProgramJourneyIT {

    private static final String COMMUNE = "web-programs";
    private static final String ADMIN = "admin-web-programs";
    private static final String EARLIER = "web-programs-earlier";
    private static final String PROCESS = "web-programs-process";
    private static final String PROPOSAL = "نشر الميزانية بلغة مبسطة";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int YEAR = TODAY.getYear();
    private static final String HEADER = "المحور;رقم المشروع;تسمية المشروع;مدة الإنجاز بالشهر;كلفة الإنجاز بمليون درهم\n";
    private static final String GOOD_MATRIX = HEADER
            + "1 الشفافية والولوج إلى المعلومة;1;نشر الميزانية المبسطة للمواطنين;12;1,50\n"
            + "1;2;بوابة المعطيات المفتوحة للجماعة;24;2,25\n"
            + "2 المشاركة المواطنة;3;ورشات الأحياء للإعداد المشترك;6;0,40\n";
    /** Its second project has no duration: the whole file is refused, its good first row too. */
    private static final String BAD_MATRIX = HEADER
            + "1 الشفافية والولوج إلى المعلومة;1;نشر الميزانية المبسطة للمواطنين;12;1,50\n"
            + "1;2;بوابة المعطيات المفتوحة للجماعة;-;2,25\n";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path files;

    private static WebApp web;
    private static String admin;
    private static String programId;
    private static String proposalId;

    @BeforeAll
    static void aMemberWithAnEarlierProgram() throws Exception {
        web = WebApp.shared();
        String operator = web.api.token(Map.of("sub", "operator-web-programs", "roles", List.of("NETWORK_OPERATOR")));
        admin = web.api.token(Map.of("sub", ADMIN, "roles", List.of("COLLECTIVITY_ADMIN"), "collectivity", COMMUNE));
        assertThat(web.api.post("/api/collectivities", operator, "{\"id\":\"" + COMMUNE + "\",\"kind\":\"COMMUNE\","
                + "\"nameAr\":\"جماعة البرامج\",\"nameFr\":\"Commune des programmes\",\"regionId\":\"rabat-sale-kenitra\"}")
                .status()).isEqualTo(201);
        assertThat(web.api.post("/api/collectivities/" + COMMUNE + "/admission", operator, "{\"decision\":\"ADMITTED\","
                + "\"decidedOn\":\"" + TODAY + "\",\"reason\":\"program journey\"}").status()).isEqualTo(200);
        // the earlier program waits until programs-service knows the new member
        String earlier = "{\"id\":\"" + EARLIER + "\",\"collectivityId\":\"" + COMMUNE + "\",\"title\":\"البرنامج السابق\","
                + "\"startYear\":" + (YEAR - 4) + ",\"endYear\":" + (YEAR - 2) + "}";
        await().atMost(Duration.ofSeconds(60)).until(() -> web.api.post("/api/programs", admin, earlier).status() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> web.api.get("/api/programs/" + EARLIER).status() == 200);

        // a proposal from a workshop, retained, for a project to answer
        String process = "{\"id\":\"" + PROCESS + "\",\"collectivityId\":\"" + COMMUNE + "\",\"title\":\"الإعداد المشترك\","
                + "\"cycle\":\"" + YEAR + "\"}";
        await().atMost(Duration.ofSeconds(60)).until(() -> web.api.post("/api/processes", admin, process).status() == 201);
        created(web.api.post("/api/processes/" + PROCESS + "/stations", admin, "{\"id\":\"web-programs-workshop\","
                + "\"kind\":\"CO_CREATION_WORKSHOP\",\"title\":\"ورشة الأحياء\",\"startsOn\":\"" + TODAY + "\","
                + "\"endsOn\":\"" + TODAY + "\",\"agenda\":[]}"));
        created(web.api.post("/api/processes/" + PROCESS + "/stations/web-programs-workshop/held", admin, "{}"));
        proposalId = created(web.api.post("/api/processes/" + PROCESS + "/proposals", admin, "{\"channel\":\"IN_PERSON\","
                + "\"stationId\":\"web-programs-workshop\",\"title\":\"" + PROPOSAL + "\",\"body\":\"ميزانية يفهمها الجميع\"}"))
                .json().path("id").asText();
        created(web.api.post("/api/proposals/" + proposalId + "/review", admin, "{\"decision\":\"RETAINED\"}"));
        // programs-service learns of the retained proposal through Kafka: the earlier draft's project answers it once it has
        created(web.api.post("/api/programs/" + EARLIER + "/axes", admin, "{\"number\":1,\"titleAr\":\"الشفافية\"}"));
        String answering = "{\"number\":1,\"axis\":1,\"titleAr\":\"مشروع سابق\",\"durationMonths\":12,\"costMad\":100000,"
                + "\"proposalIds\":[\"" + proposalId + "\"]}";
        await().atMost(Duration.ofSeconds(60)).until(() ->
                web.api.post("/api/programs/" + EARLIER + "/projects", admin, answering).status() == 201);
    }

    @Test
    @Order(1)
    void anAdminDraftsAProgramForAFreePeriod() throws Exception {
        web.reset();
        web.signIn("COLLECTIVITY_ADMIN", ADMIN, COMMUNE, null);
        press("nav-programs");
        see("the programs of the commune", () -> web.route().equals("/admin/programs/" + COMMUNE));
        web.testId("programs");
        web.waitReady();
        assertThat(web.all("program-row")).hasSize(1);
        assertThat(web.text("program-row-status")).isEqualTo("مسودة");
        web.capture("program-list");

        type("field-title", "برنامج عمل الانفتاح");
        type("field-startYear", String.valueOf(YEAR - 3));
        type("field-endYear", String.valueOf(YEAR - 1));
        press("program-create-submit");
        WebElement refused = web.testId("problem");
        assertThat(refused.getDomAttribute("data-code")).isEqualTo("program-exists-for-period");
        assertThat(refused.getText()).contains("لهذه الجماعة برنامج لهذه الفترة");

        type("field-startYear", String.valueOf(YEAR));
        type("field-endYear", String.valueOf(YEAR + 2));
        press("program-create-submit");
        see("the new program's page", () -> web.route().startsWith("/admin/program/"));
        programId = web.route().substring("/admin/program/".length());
        web.testId("program-summary");
        web.waitReady();
        assertThat(web.text("page-title")).isEqualTo("برنامج عمل الانفتاح");
        assertThat(web.text("program-status")).isEqualTo("مسودة");
        assertThat(web.testId("matrix-empty").isDisplayed()).isTrue();

        JsonNode program = read("");
        assertThat(program.path("collectivityId").asText()).isEqualTo(COMMUNE);
        assertThat(program.path("startYear").asInt()).isEqualTo(YEAR);
        assertThat(program.path("status").asText()).isEqualTo("DRAFT");
        assertThat(web.api.get("/api/programs?collectivityId=" + COMMUNE).json().path("items")).hasSize(2);
    }

    @Test
    @Order(2)
    void aMatrixWithABadRowImportsNothingAndSaysWhichRow() throws Exception {
        upload("bad.csv", BAD_MATRIX);
        see("the row at fault", () -> !web.browser.findElements(By.cssSelector("[data-testid='row-error']")).isEmpty());
        List<WebElement> rows = web.all("row-error");
        assertThat(rows).hasSize(1);
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("3");
        assertThat(cells.get(1).getText()).isEqualTo("المدة بالشهر");
        assertThat(web.testId("problem").getDomAttribute("data-code")).isEqualTo("invalid-matrix");

        JsonNode program = read("");
        assertThat(program.path("axes")).as("all or nothing: not even the good first row").isEmpty();
        assertThat(program.path("totalCostMad").asLong()).isZero();
    }

    @Test
    @Order(3)
    void aGoodMatrixImportsItsAxesAndProjects() throws Exception {
        upload("good.csv", GOOD_MATRIX);
        see("the imported projects", () -> web.all("project-row").size() == 3);
        web.waitReady();
        assertThat(web.text("matrix-imported"))
                .isEqualTo("تم الاستيراد. مشاريع مضافة: 3، محاور مضافة: 2، أسطر موجودة من قبل دون تغيير: 0.");
        assertThat(web.all("axis-row")).hasSize(2);
        assertThat(web.text("matrix-total-mdh")).isEqualTo("4.15 مليون درهم");
        assertThat(web.text("matrix-total-dh")).isEqualTo("4,150,000 درهم");

        JsonNode program = read("");
        assertThat(program.path("axes")).hasSize(2);
        assertThat(program.path("totalCostMad").decimalValue()).isEqualByComparingTo("4150000");
        assertThat(program.path("axes").path(0).path("projects").path(1).path("costMad").decimalValue())
                .isEqualByComparingTo("2250000");
        web.capture("program-draft");
    }

    @Test
    @Order(4)
    void draftProjectsAreEditedFundedLinkedAndRemoved() throws Exception {
        press("project-edit-1-toggle");
        type(in("project-form-1", "field-costMad"), "1750000");
        choose(in("project-form-1", "field-fundingKind"), "PARTNERS");
        type(in("project-form-1", "field-partners"), "جهة الرباط سلا القنيطرة");
        type(in("project-form-1", "field-conventionRefs"), "CONV-" + YEAR + "-07");
        press("project-form-1-submit");
        see("the new cost", () -> cell(1, "project-mdh").equals("1.75 مليون درهم"));
        assertThat(cell(1, "project-funding")).contains("شركاء في إطار اتفاقيات").contains("CONV-" + YEAR + "-07");

        press("links-1-toggle");
        choose(in("link-1", "field-proposalId"), proposalId);
        press("link-1-submit");
        see("the linked proposal", () -> web.text("linked-count-1").equals("1"));
        assertThat(web.text("linked-proposal")).contains(PROPOSAL);

        press("project-delete-3");
        new WebDriverWait(web.browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        see("two projects left", () -> web.all("project-row").size() == 2);
        web.waitReady();
        assertThat(web.text("matrix-total-mdh")).isEqualTo("4.00 مليون درهم");

        JsonNode program = read("");
        JsonNode first = program.path("axes").path(0).path("projects").path(0);
        assertThat(first.path("costMad").decimalValue()).isEqualByComparingTo("1750000");
        assertThat(first.path("funding").path("kind").asText()).isEqualTo("PARTNERS");
        assertThat(first.path("funding").path("conventionRefs").path(0).asText()).isEqualTo("CONV-" + YEAR + "-07");
        assertThat(first.path("proposalIds").path(0).asText()).isEqualTo(proposalId);
        assertThat(program.path("axes").path(1).path("projects")).isEmpty();
        assertThat(program.path("totalCostMad").decimalValue()).isEqualByComparingTo("4000000");
    }

    @Test
    @Order(5)
    void theProgramGoesToConsultationAndIsAdopted() throws Exception {
        press("consultation-submit");
        see("in consultation", () -> web.text("program-status").equals("قيد الاستشارة"));
        web.waitReady();

        type("field-session", "الدورة العادية لشهر دجنبر");
        type("field-deliberationRef", "DEL-" + YEAR + "-12");
        press("adoption-submit");
        see("adopted", () -> web.text("program-status").equals("مصادق عليه"));
        web.waitReady();
        assertThat(web.text("program-adoption")).contains("الدورة العادية لشهر دجنبر");
        assertThat(web.text("total-adopted-mdh")).isEqualTo("4.00 مليون درهم");

        JsonNode program = read("");
        assertThat(program.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(program.path("adoption").path("adoptedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(program.path("adoption").path("deliberationRef").asText()).isEqualTo("DEL-" + YEAR + "-12");
        assertThat(program.path("adoptedTotalCostMad").decimalValue()).isEqualByComparingTo("4000000");
    }

    @Test
    @Order(6)
    void anAdoptedProjectIsRevisedWithItsReason() throws Exception {
        String reason = "توسيع البوابة لتشمل المقاطعات";
        press("revise-2-toggle");
        type(in("revision-2", "field-costMad"), "2500000");
        type(in("revision-2", "field-reason"), reason);
        press("revision-2-submit");
        see("the revision", () -> !web.browser.findElements(By.cssSelector("[data-testid='revision']")).isEmpty());
        web.waitReady();
        assertThat(web.text("revision-reason")).isEqualTo(reason);
        assertThat(web.text("revision-change")).contains("2,250,000").contains("2,500,000");
        assertThat(web.text("comparison-total")).contains("4.00 مليون درهم").contains("4.25 مليون درهم")
                .contains("250,000 درهم");

        JsonNode program = read("");
        JsonNode revision = program.path("revisions").path(0);
        assertThat(revision.path("number").asInt()).isEqualTo(2);
        assertThat(revision.path("reason").asText()).isEqualTo(reason);
        assertThat(program.path("totalCostMad").decimalValue()).isEqualByComparingTo("4250000");
        assertThat(read("?view=adopted").path("totalCostMad").decimalValue()).isEqualByComparingTo("4000000");
    }

    @Test
    @Order(7)
    void progressIsReportedWithAPdfAsEvidence() throws Exception {
        Path evidence = files.resolve("rapport-avancement.pdf");
        Files.write(evidence, PDF);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        press("progress-1-toggle");
        type(in("progress-1", "field-percent"), "40");
        type(in("progress-1", "field-note"), "نشرت الميزانية المبسطة على الموقع");
        attach(in("progress-1", "field-evidence"), evidence);
        type(in("progress-1", "field-evidenceTitle"), "تقرير الإنجاز");
        press("progress-1-submit");
        see("the evidence", () -> !web.browser.findElements(By.cssSelector("[data-testid='evidence-sha256']")).isEmpty());
        web.waitReady();
        assertThat(web.text("evidence-sha256")).isEqualTo(sha256);
        assertThat(web.text("document-sha256")).isEqualTo(sha256);
        assertThat(web.text("execution-percent")).isEqualTo("40 %");
        assertThat(web.text("program-status")).isEqualTo("قيد التنفيذ");

        JsonNode document = web.api.get("/api/programs/" + programId + "/documents").json().path("items").path(0);
        assertThat(document.path("sha256").asText()).isEqualTo(sha256);
        assertThat(document.path("kind").asText()).isEqualTo("REPORT");
        assertThat(document.path("projectNumber").asInt()).isEqualTo(1);
        assertThat(document.path("progressAsOf").asText()).isEqualTo(TODAY.toString());
        assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
        JsonNode project = read("/projects/1");
        assertThat(project.path("percent").decimalValue()).isEqualByComparingTo("40");
        assertThat(project.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(read("").path("status").asText()).isEqualTo("IN_EXECUTION");
    }

    @Test
    @Order(8)
    void theProgramIsEvaluatedProjectByProject() throws Exception {
        choose("finding-completion-1", "LIMITED");
        choose("finding-opened-1", "MARGINAL");
        web.focus(web.testId("finding-verifiable-1")).sendKeys(Keys.SPACE);
        type("finding-comment-1", "الميزانية منشورة ويمكن التحقق منها");
        press("evaluation-submit");
        see("the evaluation", () -> !web.browser.findElements(By.cssSelector("[data-testid='evaluation']")).isEmpty());
        web.waitReady();
        assertThat(web.all("finding")).hasSize(1);
        assertThat(web.text("finding")).contains("محدود").contains("هامشي").contains("نعم");

        JsonNode evaluation = web.api.get("/api/programs/" + programId + "/evaluations").json().path("items").path(0);
        assertThat(evaluation.path("findings")).hasSize(1);
        JsonNode finding = evaluation.path("findings").path(0);
        assertThat(finding.path("number").asInt()).isEqualTo(1);
        assertThat(finding.path("completion").asText()).isEqualTo("LIMITED");
        assertThat(finding.path("openedGovernment").asText()).isEqualTo("MARGINAL");
        assertThat(finding.path("verifiable").asBoolean()).isTrue();
        assertThat(evaluation.path("periodTo").asText()).isEqualTo(TODAY.toString());

        web.capture("program-execution");
        web.measure("program-list", "/admin/programs/" + COMMUNE);
        web.measure("program", "/admin/program/" + programId);
    }

    /** Picks a matrix file in the upload form and sends it. */
    private static void upload(String name, String content) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        attach(in("matrix-upload", "field-file"), file);
        press("matrix-upload-submit");
    }

    private static void press(String testid) {
        web.press(testid);
    }

    private static void press(WebElement element) {
        web.press(element);
    }

    private static void type(String testid, String text) {
        web.type(testid, text);
    }

    private static void type(WebElement field, String text) {
        web.type(field, text);
    }

    private static void choose(String testid, String value) {
        web.choose(testid, value);
    }

    private static void choose(WebElement select, String value) {
        web.choose(select, value);
    }

    /** A file input takes the file's path (a browser's file chooser cannot be driven otherwise). */
    private static void attach(WebElement input, Path file) {
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** An element of one form among several with the same fields. */
    private static WebElement in(String form, String testid) {
        return web.browser.findElement(By.cssSelector("[data-testid='" + form + "'] [data-testid='" + testid + "']"));
    }

    private static String cell(int project, String testid) {
        return web.browser.findElement(By.cssSelector("[data-testid='project-row'][data-number='" + project + "'] "
                + "[data-testid='" + testid + "']")).getText().trim();
    }

    private static void see(String what, Supplier<Boolean> condition) {
        new WebDriverWait(web.browser, Duration.ofSeconds(30)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(driver -> condition.get());
    }

    private static Answer created(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private static JsonNode read(String rest) throws Exception {
        Answer answer = web.api.get("/api/programs/" + programId + rest);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
