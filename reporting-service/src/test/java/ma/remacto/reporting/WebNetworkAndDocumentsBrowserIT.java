package ma.remacto.reporting;

import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.network.SupportAxis;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network page and a collectivity's documents in Arabic and in French, in headless Chromium
 * (as {@link WebDashboardUnknownsBrowserIT}): the network's documented totals beside the
 * platform's count with their coverage and sources (network-service's figures, read through
 * {@link NetworkFiguresStub}), and the activities by the support program's axis.
 */
@RealInfrastructureTest
class WebNetworkAndDocumentsBrowserIT {

    private static final String ID = "web-network";

    @TempDir
    static Path profile;

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @BeforeAll
    static void startTheBrowser() {
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theNetworkPageShowsTheDocumentedTotalsBesideThePlatformsCountAndTheActivitiesByAxis() throws Exception {
        TestFeed feed = new TestFeed(group, null);
        String training = ID + "-training";
        feed.on(training, new NetworkActivityRecordedEvent(training, ActivityKind.TRAINING, "لقاء تكويني حول المنهجية",
                LocalDate.of(2025, 2, 11), null));
        feed.on(training, new NetworkActivityTaggedEvent(training, SupportAxis.CAPACITY));
        feed.deliver();

        open("/?lang=ar#/");
        assertThat(text("figures-table")).contains("126", "228", "107", "199");
        assertThat(browser.findElements(By.cssSelector("[data-testid='figures-documented'] [data-testid='figures-total']")))
                .extracting(element -> element.getText().trim()).containsExactly("126", "228");
        assertThat(browser.findElement(By.cssSelector("[data-testid='figures-platform'] [data-testid='figures-total']"))
                .getText()).isEqualTo("3");
        assertThat(browser.findElements(By.cssSelector("[data-testid='figures-documented'] [data-testid='figures-communes']")))
                .extracting(element -> element.getText().trim()).containsExactly("107", "199");
        assertThat(browser.findElement(By.cssSelector("[data-testid='figures-documented'][data-reported='2025-03']"))
                .getText()).contains("22.7 %", "13.2 %");
        assertThat(text("network-figures")).contains("حسب الوثيقة (2024)", "حسب الوثيقة (مارس 2025)",
                "عدد الأعضاء المسجلين في المنصة", "التغطية الوطنية", "7.9 %", "الملف الصحفي: انخراط الجماعة الترابية تمزكانة");
        assertThat(activityAxis(training)).isEqualTo("تقوية قدرات الجماعات والمجتمع المدني");

        open("/?lang=fr#/");
        assertThat(text("network-figures")).contains("Selon le document (2024)", "Selon le document (mars 2025)",
                "Membres enregistrés sur la plateforme", "Couverture nationale", "14.3 %",
                "qui compte à ce jour 228 collectivités territoriales");
        assertThat(activityAxis(training)).isEqualTo("Renforcer les capacités des collectivités et de la société civile");
    }

    @Test
    void aCollectivitysDocumentsProgramStationsAndProposalChannelsReadInArabicAndInFrench() throws Exception {
        String id = "web-documents";
        DocumentsAndProgramStationsIT.feed(group, id);
        String minutes = "[data-testid='document-row'][data-id='doc-minutes'] ";

        open("/?lang=ar#/c/" + id);
        assertThat(browser.findElements(By.cssSelector("[data-testid='document-row']"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-link']")).getAttribute("href"))
                .endsWith("/api/processes/" + id + "-2024/stations/" + id + "-2024-monitoring/documents/doc-minutes");
        assertThat(text("documents")).contains("لقاء التتبع الأول", "محضر لقاء التتبع", "المشروع 1",
                "31 مارس 2026");
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-kind']")).getText()).isEqualTo("محضر");
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-size']")).getText())
                .isEqualTo("178 كيلوبايت");
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-sha256']")).getText())
                .isEqualTo(DocumentsAndProgramStationsIT.MINUTES_SHA);
        assertThat(text("program-adoption-station")).contains("دورة المجلس للمصادقة", "دورة أكتوبر", "6 أكتوبر 2025");
        assertThat(text("monitoring-meetings")).contains("لقاء التتبع الأول", "اجتماع تتبع تنفيذ البرنامج", "10");
        assertThat(text("proposals-channel-EQUALITY_BODY")).isEqualTo("2");
        assertThat(text("proposals-by-channel")).contains("هيئة المساواة وتكافؤ الفرص ومقاربة النوع");

        open("/?lang=fr#/c/" + id);
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-kind']")).getText())
                .isEqualTo("Procès-verbal");
        assertThat(browser.findElement(By.cssSelector(minutes + "[data-testid='document-size']")).getText())
                .isEqualTo("178 Ko");
        assertThat(text("documents")).contains("Documents des stations", "Documents du programme d’action",
                "Projet 1", "rapport du 31 mars 2026", "2.3 Mo");
        assertThat(text("program-adoption-station")).contains("Session d’adoption du conseil");
        assertThat(text("monitoring-meetings")).contains("Réunion de suivi de l’exécution");
        assertThat(text("proposals-by-channel")).contains("Instance de l’égalité, de l’équité et de l’approche genre",
                "En présentiel (ateliers)", "Sur la plateforme numérique");
    }

    private static String activityAxis(String activity) {
        return browser.findElement(By.cssSelector("[data-testid='activity-row'][data-id='" + activity + "'] "
                + "[data-testid='activity-axis']")).getText().trim();
    }

    /** Loads the page afresh and waits until it has drawn its data. */
    private void open(String path) {
        browser.get("about:blank");
        browser.get("http://localhost:" + port + path);
        browser.findElement(By.cssSelector("#page[data-ready='true']"));
    }

    private static String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText().trim();
    }
}
