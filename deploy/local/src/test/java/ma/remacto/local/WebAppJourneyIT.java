package ma.remacto.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's frame, as anyone meets it: the home page that finds a collectivity, the
 * development sign-in (its own checks, its localized errors), sign-out, the language switch, and
 * the pages a role may not open; all with the keyboard.
 */
class WebAppJourneyIT {

    private static WebApp app;

    @BeforeAll
    static void platform() throws Exception {
        app = WebApp.shared();
    }

    @BeforeEach
    void freshStart() {
        app.reset();
    }

    @Test
    void theHomePageFindsACollectivityByItsNameAndLeadsToIt() throws Exception {
        app.open("/");
        assertThat(app.all("collectivity-row")).as("the 12 regions and the 2 communes of the demo data, at least")
                .hasSizeGreaterThanOrEqualTo(14);
        app.type("collectivity-filter", "تمارة");
        assertThat(app.all("collectivity-row")).hasSize(1);
        assertThat(app.text("collectivity-row")).contains("تمارة", "جماعة");
        app.press("collectivity-link");
        new WebDriverWait(app.browser, Duration.ofSeconds(10)).until(driver -> app.route().equals("/c/temara"));

        app.open("/");
        app.capture("home");
        app.measure("home", "/");
    }

    @Test
    void theDevelopmentSignInChecksItsFormAndSaysWhatIsMissingInTheUsersLanguage() throws Exception {
        app.open("/sign-in");
        app.capture("sign-in");
        app.choose("field-role", "COLLECTIVITY_ADMIN");
        app.type("field-sub", "");
        app.press("dev-sign-in-submit");

        assertThat(app.text("error-sub")).isEqualTo("هذا الحقل إلزامي.");
        assertThat(app.text("error-collectivity")).isEmpty();
        assertThat(app.text("form-invalid")).isEqualTo("صحح الحقول المشار إليها ثم أعد الإرسال.");
        assertThat(app.testId("field-sub").getDomAttribute("aria-invalid")).isEqualTo("true");

        app.type("field-sub", "admin-1");
        app.press("dev-sign-in-submit");
        assertThat(app.text("error-collectivity")).isEqualTo("اختر الجماعة التي يسيرها المسير.");
        assertThat(app.route()).as("nobody signed in").startsWith("/sign-in");
        assertThat(session()).isNull();
        app.assertAccessible("sign-in with errors");
    }

    @Test
    void aCitizenSignsInAndOutWithTheKeyboard() {
        app.signIn("CITIZEN", "citizen-frame-1", null, "temara");
        assertThat(app.text("who")).contains("مواطن");
        assertThat(app.all("sign-in-link").get(0).isDisplayed()).isFalse();
        assertThat(((String) session())).contains("\"residence\":\"temara\"");

        app.press("sign-out");
        new WebDriverWait(app.browser, Duration.ofSeconds(10))
                .until(driver -> app.testId("sign-in-link").isDisplayed());
        assertThat(app.text("who")).isEmpty();
        assertThat(session()).as("the token is gone from the tab").isNull();
    }

    @Test
    void theLanguageSwitchTurnsTheApplicationToFrenchAndBack() throws Exception {
        app.open("/");
        assertThat(app.browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        app.press("lang-switch");
        app.waitReady();
        assertThat(app.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(app.browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(app.text("sign-in-link")).isEqualTo("Se connecter");
        assertThat(app.text("page-title")).isEqualTo("Participez dans votre collectivité");
        assertThat(app.browser.getCurrentUrl()).contains("lang=fr");
        assertThat(app.all("collectivity-row").stream().map(row -> row.getText()))
                .anySatisfy(row -> assertThat(row).contains("Témara", "Commune"));

        app.press("lang-switch");
        app.waitReady();
        assertThat(app.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
        assertThat(app.text("sign-in-link")).isEqualTo("تسجيل الدخول");
    }

    @Test
    void aPageForAnotherRoleIsRefusedAndAnUnknownOneSaysSo() throws Exception {
        app.signIn("CITIZEN", "citizen-frame-2", null, null);
        app.open("/operator");
        assertThat(app.text("page-title")).isEqualTo("غير مسموح");

        app.open("/no/such/page");
        assertThat(app.text("page-title")).isEqualTo("الصفحة غير موجودة");
        app.assertAccessible("not found");
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndBackToThePageTheyAskedFor() {
        app.open("/me");
        assertThat(app.route()).isEqualTo("/sign-in?return=%2Fme");
        app.choose("field-role", "CITIZEN");
        app.type("field-sub", "citizen-frame-3");
        app.testId("field-sub").sendKeys(Keys.ENTER);
        new WebDriverWait(app.browser, Duration.ofSeconds(20)).until(driver -> app.route().equals("/me"));
    }

    @Test
    void anExpiredSessionAsksToSignInAgainAndLosesNoInput() {
        app.signIn("CITIZEN", "citizen-frame-4", null, null);
        // the session ends while the citizen fills the form: the gateway no longer accepts the token (401)
        ((JavascriptExecutor) app.browser).executeScript("const stored = JSON.parse(sessionStorage.getItem('remacto.session'));"
                + " stored.token = stored.token.slice(0, -6) + 'AAAAAA';"
                + " sessionStorage.setItem('remacto.session', JSON.stringify(stored));");
        app.open("/verify");
        app.choose("field-collectivityId", "temara");
        app.type("field-identifier", "ZZ999999");
        app.press("verify-submit");

        new WebDriverWait(app.browser, Duration.ofSeconds(20)).until(driver -> app.route().startsWith("/sign-in"));
        app.waitReady();
        assertThat(app.route()).isEqualTo("/sign-in?expired=1&return=%2Fverify");
        assertThat(app.text("session-expired")).contains("انتهت جلستك");
        app.choose("field-role", "CITIZEN");
        app.type("field-sub", "citizen-frame-4");
        app.press("dev-sign-in-submit");
        new WebDriverWait(app.browser, Duration.ofSeconds(20)).until(driver -> app.route().equals("/verify"));
        app.waitReady();

        assertThat(app.testId("field-identifier").getDomProperty("value")).as("the input kept").isEqualTo("ZZ999999");
        assertThat(app.testId("field-collectivityId").getDomProperty("value")).isEqualTo("temara");
        app.press("verify-submit");
        assertThat(app.testId("problem").getDomAttribute("data-code")).isEqualTo("not-in-census");
    }

    @Test
    void theDevelopmentSignInIsOfferedOnThisMachineOnly() throws Exception {
        GatewayClient.Answer config = app.api.get("/app/config.json");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("devSignIn").asBoolean()).as("a loopback caller").isTrue();
        assertThat(config.json().path("oidc").path("available").asBoolean()).isFalse();
        assertThat(app.api.post("/dev/tokens", null, GatewayClient.JSON.writeValueAsString(
                Map.of("sub", "x", "roles", new String[] {"CITIZEN"}))).status()).isEqualTo(200);
    }

    private static Object session() {
        return ((JavascriptExecutor) app.browser).executeScript("return sessionStorage.getItem('remacto.session');");
    }
}
