package ma.remacto.participation.command;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent.ItemTally;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.ConsultationCommands.CloseConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ExtendConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static ma.remacto.participation.command.FakeDataKeys.sealed;
import static org.hamcrest.Matchers.containsString;

class ConsultationsTest {

    private static final String PROCESS = "temara-2024";
    private static final Instant OPENS = Instant.parse("2024-09-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2024-09-15T23:00:00Z");
    private static final Instant DURING = Instant.parse("2024-09-10T18:00:00Z");
    private static final CoCreationProcessOpenedEvent OPENED =
            new CoCreationProcessOpenedEvent(PROCESS, "temara", "برنامج عمل الانفتاح", "2025-2026");
    private static final ProposalSubmittedEvent LIGHTING = new ProposalSubmittedEvent("p-lighting", PROCESS, "temara",
            ProposalChannel.IN_PERSON, null, sealed("p-lighting", "proposal:p-lighting", "Éclairage public"),
            sealed("p-lighting", "proposal:p-lighting", "Renouveler l'éclairage"), null, null, null, null);
    private static final ProcessPhaseChangedEvent CONSULTING =
            new ProcessPhaseChangedEvent(PROCESS, ProcessPhase.CONSULTATION, LocalDate.of(2024, 8, 30));
    private static final StationPlannedEvent WORKSHOP = new StationPlannedEvent(PROCESS, "draft-workshop",
            StationKind.CONSULTATION, "Consultation sur le projet", LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10),
            null, List.of());
    private static final ConsultationOpenedEvent CONSULTATION = new ConsultationOpenedEvent("draft", PROCESS, "temara",
            "مشروع برنامج العمل", List.of(new ConsultationItem("1", "p-lighting", "Éclairage public"),
            new ConsultationItem("2", "temara-2025-2026#7", "Signalisation routière")), OPENS, CLOSES);

    private FixtureConfiguration<CoCreationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoCreationProcess.class);
    }

    private static OpenConsultationCommand open(List<NewItem> items, Instant opensAt, Instant closesAt) {
        return new OpenConsultationCommand(PROCESS, "draft", " مشروع برنامج العمل ", items, opensAt, closesAt);
    }

    private static final List<NewItem> ITEMS = List.of(new NewItem("p-lighting", "Éclairage public"),
            new NewItem(" temara-2025-2026#7 ", "Signalisation routière"));

    @Test
    void aConsultationPutsNumberedItemsToTheVote() {
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(ITEMS, OPENS, CLOSES))
                .expectEvents(CONSULTATION);
    }

    @Test
    void aConsultationOpensOnlyInTheConsultationPhase() {
        fixture.given(OPENED, LIGHTING)
                .when(open(ITEMS, OPENS, CLOSES))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("consultation phase"))
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, new ProcessPhaseChangedEvent(PROCESS, ProcessPhase.CLOSED,
                        LocalDate.of(2024, 10, 1)))
                .when(open(ITEMS, OPENS, CLOSES))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aConsultationClosesAfterItOpens() {
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(ITEMS, CLOSES, OPENS))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(ITEMS, OPENS, OPENS))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aConsultationHasAtLeastOneItemAndEachOnce() {
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(List.of(), OPENS, CLOSES))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(List.of(new NewItem("p-lighting", "a"), new NewItem("p-lighting", "b")), OPENS, CLOSES))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("twice"))
                .expectNoEvents();
    }

    @Test
    void aProposalPutToTheVoteIsAProposalOfTheProcess() {
        String elsewhere = "5f0c4c1e-8d1a-4d59-9a53-2a3e6f1b7c90";
        fixture.given(OPENED, LIGHTING, CONSULTING)
                .when(open(List.of(new NewItem(elsewhere, "x")), OPENS, CLOSES))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("not a proposal of this process"))
                .expectNoEvents();
        String own = "0b9e2f5d-3c4a-4e8f-8a1b-6d7c9e0f1a2b";
        fixture.given(OPENED, LIGHTING, new ProposalSubmittedEvent(own, PROCESS, "temara", ProposalChannel.IN_PERSON,
                        null, sealed(own, "proposal:" + own, "t"), sealed(own, "proposal:" + own, "b"), null, null, null,
                        null), CONSULTING)
                .when(open(List.of(new NewItem(own, "t"), new NewItem("projet-de-voirie", "Voirie")), OPENS, CLOSES))
                .expectEvents(new ConsultationOpenedEvent("draft", PROCESS, "temara", "مشروع برنامج العمل",
                        List.of(new ConsultationItem("1", own, "t"), new ConsultationItem("2", "projet-de-voirie", "Voirie")),
                        OPENS, CLOSES));
    }

    @Test
    void aConsultationIdIsUsedOnce() {
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(open(ITEMS, OPENS, CLOSES))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anInPersonTallyCountsTheItemsAtAStationOfTheProcess() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop",
                        List.of(new ItemCount("1", 31, 4), new ItemCount("2", 0, 0)), DURING))
                .expectEvents(new InPersonTallyRecordedEvent("draft", "draft-workshop",
                        List.of(new ItemTally("1", 31, 4), new ItemTally("2", 0, 0))));
    }

    @Test
    void aTallyCountsOnlyItemsOfTheConsultationEachOnce() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("3", 1, 1)), DURING))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("not an item"))
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop",
                        List.of(new ItemCount("1", 1, 1), new ItemCount("1", 2, 2)), DURING))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "other", "draft-workshop", List.of(new ItemCount("1", 1, 1)), DURING))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void tallyCountsAreNotNegative() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("1", -1, 3)), DURING))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aTallyIsOfAStationOfTheProcessThatTookPlace() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "nowhere", List.of(new ItemCount("1", 1, 1)), DURING))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION,
                        new StationCancelledEvent(PROCESS, "draft-workshop"))
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("1", 1, 1)), DURING))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTallyAfterClosingIsRefusedAndRecordsNothing() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION)
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("1", 1, 1)),
                        CLOSES))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("closed"))
                .expectNoEvents();
    }

    @Test
    void anAdminClosesAConsultationEarlyGivingAReason() {
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new CloseConsultationCommand(PROCESS, "draft", " fraude constatée ", DURING))
                .expectEvents(new ConsultationClosedEvent("draft", PROCESS, DURING, "fraude constatée"));
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new CloseConsultationCommand(PROCESS, "draft", " ", DURING))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aClosedConsultationClosesNoMoreNorExtends() {
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new CloseConsultationCommand(PROCESS, "draft", "x", CLOSES))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("closed"))
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION,
                        new ConsultationClosedEvent("draft", PROCESS, DURING, "x"))
                .when(new ExtendConsultationCommand(PROCESS, "draft", CLOSES.plusSeconds(86400), "y",
                        DURING.plusSeconds(60)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTallyAfterAnEarlyClosingIsRefused() {
        fixture.given(OPENED, LIGHTING, CONSULTING, WORKSHOP, CONSULTATION,
                        new ConsultationClosedEvent("draft", PROCESS, DURING, "x"))
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("1", 1, 1)),
                        DURING.plusSeconds(1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anExtensionMovesTheClosingLaterBeforeItCloses() {
        Instant later = CLOSES.plusSeconds(86400);
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new ExtendConsultationCommand(PROCESS, "draft", later, "affluence", DURING))
                .expectEvents(new ConsultationExtendedEvent("draft", PROCESS, later, "affluence"));
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION, new ConsultationExtendedEvent("draft", PROCESS, later,
                        "affluence"))
                .when(new RecordInPersonTallyCommand(PROCESS, "draft", "draft-workshop", List.of(new ItemCount("1", 1, 1)),
                        CLOSES.plusSeconds(60)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("not a station"))
                .expectNoEvents();
    }

    @Test
    void anExtensionIsToALaterClosingStillToCome() {
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new ExtendConsultationCommand(PROCESS, "draft", DURING.minusSeconds(60), "x", DURING))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("after now"))
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new ExtendConsultationCommand(PROCESS, "draft", CLOSES.minusSeconds(60), "x", DURING))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("current closing"))
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new ExtendConsultationCommand(PROCESS, "draft", CLOSES.plusSeconds(60), "", DURING))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, LIGHTING, CONSULTING, CONSULTATION)
                .when(new ExtendConsultationCommand(PROCESS, "other", CLOSES.plusSeconds(60), "x", DURING))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
