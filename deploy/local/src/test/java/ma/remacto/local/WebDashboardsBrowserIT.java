package ma.remacto.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads the public web dashboards as a citizen would: headless Chromium, through the gateway of
 * the platform booted as the local run does, with its demo data. Screenshots go to
 * {@code target/} (temara-ar.png, temara-fr.png, temara-phone.png, network-ar.png).
 * Chromium and chromedriver come from the system ({@code REMACTO_CHROMIUM},
 * {@code REMACTO_CHROMEDRIVER}); nothing is downloaded.
 */
class WebDashboardsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target");

    @TempDir
    static Path home;

    private static LocalPlatform platform;
    private static ChromeDriver browser;
    private static String gateway;

    @BeforeAll
    static void bootThePlatformAndTheBrowser() throws Exception {
        browser = WebApp.chromium();
        LocalSettings settings = TestPlatforms.settings(home);
        gateway = settings.gatewayUrl();
        platform = LocalPlatform.start(settings);
        // a page draws once its data has arrived; finding an element waits for it that long
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void temarasPageInArabicShowsTheDocumentedParticipationProgramAndStations() throws IOException {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            open("/?lang=ar#/c/temara");
            assertThat(text("participation-inperson-total")).isEqualTo("279");
            assertThat(text("participation-online-total")).isEqualTo("46");
            assertThat(text("program-now-total")).isEqualTo("85,750,000");
            assertThat(stations()).hasSize(5);
        });
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        assertThat(attribute("html", "lang")).isEqualTo("ar");
        assertThat(text("collectivity-name")).isEqualTo("تمارة");
        assertThat(text("participation-inperson-women")).isEqualTo("111");
        assertThat(text("participation-inperson-men")).isEqualTo("168");
        assertThat(text("participation-online-women")).isEqualTo("7");
        assertThat(text("participation-online-men")).isEqualTo("39");
        // a co-created draft: nothing adopted, nothing late, funding unknown
        assertThat(text("program-adopted-mdh")).isEqualTo("—");
        assertThat(text("program-now-mdh")).isEqualTo("85.75");
        assertThat(text("program-late")).isEqualTo("—");
        assertThat(browser.findElements(By.cssSelector("[data-testid='project-funding']")))
                .hasSize(10).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("غير معروف"));
        assertThat(text("stations-count")).isEqualTo("5");
        assertThat(stations().get(0).getText()).contains("25 أبريل 2024", "ورشة الإعداد المشترك");
        assertThat(browser.findElements(By.cssSelector("[data-testid='matrix-project']"))).hasSize(10);
        assertThat(browser.findElements(By.cssSelector("[data-testid='audit-row']"))).isNotEmpty();
        screenshot("temara-ar.png");
    }

    @Test
    void theLanguageSwitchTurnsThePageToFrenchReadLeftToRight() throws IOException {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            open("/?lang=ar#/c/temara");
            assertThat(text("participation-inperson-total")).isEqualTo("279");
        });
        browser.findElement(By.cssSelector("[data-testid='lang-switch']")).click();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(attribute("html", "dir")).isEqualTo("ltr");
            assertThat(text("collectivity-name")).isEqualTo("Témara");
        });
        assertThat(attribute("html", "lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector("[data-testid='participation'] h2")).getText())
                .isEqualTo("Participation par genre et par canal");
        assertThat(stations().get(0).getText()).contains("25 avril 2024", "Atelier de co-création");
        assertThat(text("participation-inperson-total")).isEqualTo("279");
        assertThat(text("program-now-mdh")).isEqualTo("85.75");
        assertThat(browser.findElement(By.cssSelector("[data-testid='project-funding']")).getText()).isEqualTo("inconnu");
        assertThat(browser.getCurrentUrl()).contains("lang=fr");
        screenshot("temara-fr.png");
    }

    @Test
    void theNetworkPageCountsTheMembersAndLeadsToEachOne() throws IOException {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            open("/?lang=ar#/");
            assertThat(text("members-regions")).isEqualTo("12");
            assertThat(text("members-communes")).isEqualTo("2");
            assertThat(text("programs-adopted")).as("the documents report no adoption").isEqualTo("0");
        });
        assertThat(text("members-total")).isEqualTo("14");
        assertThat(text("members-prefectures")).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("[data-testid='member-row']"))).hasSize(14);
        screenshot("network-ar.png");

        browser.findElement(By.cssSelector("[data-testid='member-row'][data-id='temara'] a")).click();
        assertThat(text("collectivity-name")).isEqualTo("تمارة");
        assertThat(browser.getCurrentUrl()).endsWith("#/c/temara");
    }

    @Test
    void onAPhoneThePageFitsTheScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                open("/?lang=ar#/c/temara");
                assertThat(text("participation-inperson-total")).isEqualTo("279");
            });
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
            screenshot("temara-phone.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Loads the page afresh (not a same-document hash change) and waits until it has drawn its data. */
    private static void open(String path) {
        browser.get("about:blank");
        browser.get(gateway + path);
        browser.findElement(By.cssSelector("#page[data-ready='true']"));
    }

    private static String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText().trim();
    }

    private static String attribute(String selector, String name) {
        return browser.findElement(By.cssSelector(selector)).getDomAttribute(name);
    }

    private static List<WebElement> stations() {
        return browser.findElements(By.cssSelector("[data-testid='station']"));
    }

    private static void screenshot(String name) throws IOException {
        WebApp.screenshot(browser, SCREENSHOTS.resolve(name));
    }
}
