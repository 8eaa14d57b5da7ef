package ma.remacto.reporting;

import ma.remacto.events.Gender;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent.ItemTally;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collectivity page in Arabic and in French, in headless Chromium (the system's, or the one
 * {@code REMACTO_CHROMIUM} and {@code REMACTO_CHROMEDRIVER} name): unknowns read as unknown, an
 * approximate figure as approximate, the online authors and voters under their own labels, and
 * each consultation with its votes online, in person and in total.
 */
@RealInfrastructureTest
class WebDashboardUnknownsBrowserIT {

    private static final String ID = "web-unknowns";

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
    void unknownsApproximationsAndOnlineFiguresReadAsWhatTheyAreInArabicAndInFrench() throws Exception {
        feed();

        open("/?lang=ar#/c/" + ID);
        assertThat(browser.findElement(By.cssSelector(".identity .facts")).getText())
                .contains("جهة غير موثقة", "العمالة أو الإقليم: غير معروف");
        assertThat(text("program-late")).isEqualTo("—");
        assertThat(text("project-funding")).isEqualTo("غير معروف");
        assertThat(text("proposals-reported")).isEqualTo("≈ 100");
        assertThat(text("participation-online-authors")).isEqualTo("2");
        assertThat(text("participation-online-voters")).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-testid='participation']")).getText())
                .contains("المصوتون عبر المنصة", "أصحاب مقترحات عبر المنصة");
        assertThat(text("votes-online")).contains("مع 2", "ضد 0");
        assertThat(text("votes-inperson")).contains("مع 10", "ضد 3");
        assertThat(text("votes-total")).contains("مع 12", "ضد 3", "المجموع 15");

        open("/?lang=fr#/c/" + ID);
        assertThat(browser.findElement(By.cssSelector(".identity .facts")).getText())
                .contains("Région non documentée", "Préfecture ou province: inconnu");
        assertThat(text("project-funding")).isEqualTo("inconnu");
        assertThat(text("program-late")).isEqualTo("—");
        assertThat(browser.executeScript(
                "return document.querySelectorAll(\"[data-testid='matrix-project'] .badge-warn\").length"))
                .as("no project flagged late").isEqualTo(0L);
        assertThat(browser.findElement(By.cssSelector("[data-testid='proposals-reported']")).findElement(By.xpath(".."))
                .getText()).contains("approximatif");
        assertThat(browser.findElement(By.cssSelector("[data-testid='participation']")).getText())
                .contains("Votant·e·s en ligne", "Auteur·e·s de propositions en ligne");
        assertThat(browser.findElement(By.id("page")).getText())
                .contains("présence comptée par la collectivité pour l’appel en ligne", "présence comptée aux stations");
        assertThat(text("votes-total")).contains("pour 12", "contre 3", "total 15");
    }

    private void feed() throws Exception {
        TestFeed feed = new TestFeed(group, ID);
        feed.on(ID, new CollectivityRegisteredEvent(ID, CollectivityKind.COMMUNE, "جماعة", "Commune", null, null, null));
        String process = ID + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, ID, "برنامج عمل الانفتاح", "2025-2026"));
        String workshop = ID + "-workshop";
        feed.on(process, new StationPlannedEvent(process, workshop, StationKind.CO_CREATION_WORKSHOP, "ورشة",
                LocalDate.of(2024, 4, 25), LocalDate.of(2024, 4, 25), null, List.of()));
        feed.on(process, new StationHeldEvent(process, workshop));
        feed.on(process, new AttendanceRecordedEvent(process, workshop, 10, 12, 0, Map.of(), null));
        feed.on(process, new ProposalsFigureReportedEvent(process, List.of(workshop), 100, true));
        for (String author : List.of("a1", "a2")) {
            String proposal = ID + "-" + author;
            feed.on(process, new ProposalSubmittedEvent(proposal, process, ID, ProposalChannel.DIGITAL_PLATFORM, null,
                    TestStreams.sealed("proposal:" + proposal), null, null, null, author, Gender.WOMAN));
        }
        String program = ID + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, ID, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "محور", null));
        feed.on(program, new ProjectAddedEvent(program, 1, 1, "مشروع", null, new BigDecimal("3"),
                new BigDecimal("700000"), null, List.of(), null, List.of()));
        String consultation = ID + "-vote";
        feed.on(consultation, new ConsultationOpenedEvent(consultation, process, ID, "التصويت",
                List.of(new ConsultationItem("i1", program + "#1", "مشروع")),
                Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-15T08:00:00Z")));
        feed.on(consultation, new VoteCastEvent(consultation, "i1", "b1", VoteChoice.FOR));
        feed.on(consultation, new VoteCastEvent(consultation, "i1", "b2", VoteChoice.FOR));
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, workshop, List.of(new ItemTally("i1", 10, 3))));
        feed.deliver();
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
