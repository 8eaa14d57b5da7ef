package ma.remacto.participation.command;

import ma.remacto.events.Gender;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotAllowed;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.participation.command.ProposalCommands.HideProposalCommand;
import ma.remacto.participation.command.ProposalCommands.ReviewProposalCommand;
import ma.remacto.participation.command.ProposalCommands.SubmitProposalCommand;
import ma.remacto.participation.command.ProposalCommands.WithdrawProposalCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static ma.remacto.participation.command.FakeDataKeys.sealed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ProposalsTest {

    private static final String PROCESS = "temara-2024";
    private static final CoCreationProcessOpenedEvent OPENED =
            new CoCreationProcessOpenedEvent(PROCESS, "temara", "برنامج عمل الانفتاح", "2025-2026");
    private static final StationPlannedEvent WORKSHOP = new StationPlannedEvent(PROCESS, "launch",
            StationKind.CO_CREATION_WORKSHOP, "Atelier de lancement", LocalDate.of(2024, 4, 25),
            LocalDate.of(2024, 4, 25), null, List.of());
    /** The author's pseudonym, as the controller passes it. */
    private static final String AUTHOR = "p-citizen-7";
    private static final ProposalSubmittedEvent ONLINE = new ProposalSubmittedEvent("p-online", PROCESS, "temara",
            ProposalChannel.DIGITAL_PLATFORM, null, sealed("p-online", AUTHOR, "ⵜⴰⵙⵓⵔⵜ — تشجير الأحياء"),
            sealed("p-online", AUTHOR, "غرس الأشجار في الأحياء"), null, null, AUTHOR, Gender.WOMAN);
    private static final ProposalSubmittedEvent FROM_WORKSHOP = new ProposalSubmittedEvent("p-workshop", PROCESS,
            "temara", ProposalChannel.IN_PERSON, "launch", sealed("p-workshop", "proposal:p-workshop", "Éclairage public"),
            sealed("p-workshop", "proposal:p-workshop", "Renouveler l'éclairage"), "1",
            sealed("p-workshop", "proposal:p-workshop", "Hay Nahda"), null, null);
    private static final ProposalSubmittedEvent DUPLICATE = new ProposalSubmittedEvent("p-duplicate", PROCESS,
            "temara", ProposalChannel.IN_PERSON, "launch", sealed("p-duplicate", "proposal:p-duplicate", "Éclairage"),
            sealed("p-duplicate", "proposal:p-duplicate", "Plus de lampadaires"), null, null, null, null);

    private FixtureConfiguration<CoCreationProcess> fixture;
    private FakeDataKeys keys;

    @BeforeEach
    void setUp() {
        keys = new FakeDataKeys();
        fixture = new AggregateTestFixture<>(CoCreationProcess.class);
        fixture.registerInjectableResource(keys);
    }

    private static ReviewProposalCommand review(String proposalId, ReviewDecision decision, String reason, String into) {
        return new ReviewProposalCommand(PROCESS, proposalId, decision, reason, into);
    }

    @Test
    void aCitizenSubmitsTheirOwnOnTheDigitalPlatformSealedForThemAsDataSubject() {
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-online", ProposalChannel.DIGITAL_PLATFORM, null,
                        " ⵜⴰⵙⵓⵔⵜ — تشجير الأحياء ", "غرس الأشجار في الأحياء\n", " ", null, AUTHOR, Gender.WOMAN))
                .expectEvents(ONLINE);
    }

    @Test
    void theTextIsCheckedInClearBeforeItIsSealed() {
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-blank", ProposalChannel.DIGITAL_PLATFORM, null, "  ", "b",
                        null, null, AUTHOR, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anAdminEntersAWorkshopProposalOnBehalfWithoutAuthorSealedForTheProposalItself() {
        fixture.given(OPENED, WORKSHOP, new StationHeldEvent(PROCESS, "launch"))
                .when(new SubmitProposalCommand(PROCESS, "p-workshop", ProposalChannel.IN_PERSON, "launch",
                        "Éclairage public", "Renouveler l'éclairage", "1", "Hay Nahda", null, null))
                .expectEvents(FROM_WORKSHOP);
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.EQUALITY_BODY, null, "t", "b", null, null,
                        AUTHOR, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b", null,
                        null, null, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void proposalsAreTakenOnlyWhileIdeasAreCollected() {
        fixture.given(OPENED, new ProcessPhaseChangedEvent(PROCESS, ProcessPhase.CONSULTATION, LocalDate.of(2024, 9, 1)))
                .when(new SubmitProposalCommand(PROCESS, "p-late", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b",
                        null, null, AUTHOR, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("while ideas are collected"))
                .expectNoEvents();
    }

    @Test
    void theStationIsOneOfTheProcessAndTookPlace() {
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "elsewhere", "t", "b", null,
                        null, null, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("not a station of this process"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, new StationCancelledEvent(PROCESS, "launch"))
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "launch", "t", "b", null,
                        null, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anInPersonProposalComesFromAHeldInPersonStation() {
        fixture.given(OPENED, WORKSHOP)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "launch", "t", "b", null,
                        null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("once a station is held"))
                .expectNoEvents();
        StationPlannedEvent call = new StationPlannedEvent(PROCESS, "call", StationKind.DIGITAL_CALL_FOR_IDEAS, "Appel",
                LocalDate.of(2024, 4, 30), null, null, List.of());
        fixture.given(OPENED, call, new StationHeldEvent(PROCESS, "call"))
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "call", "t", "b", null,
                        null, null, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("digital call"))
                .expectNoEvents();
        fixture.given(OPENED, call)
                .when(new SubmitProposalCommand(PROCESS, "p-online", ProposalChannel.DIGITAL_PLATFORM, "call", "t", "b",
                        null, null, AUTHOR, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEqualityBodyProposalComesFromAHeldMeetingOfTheBody() {
        StationPlannedEvent meeting = new StationPlannedEvent(PROCESS, "equality", StationKind.EQUALITY_BODY_MEETING,
                "اجتماع هيئة المساواة", LocalDate.of(2024, 5, 28), LocalDate.of(2024, 5, 28), null, List.of());
        SubmitProposalCommand fromMeeting = new SubmitProposalCommand(PROCESS, "p-eq", ProposalChannel.EQUALITY_BODY,
                "equality", "مرافق للنساء", "فضاءات آمنة", null, null, null, null);
        fixture.given(OPENED, meeting, new StationHeldEvent(PROCESS, "equality"))
                .when(fromMeeting)
                .expectEvents(new ProposalSubmittedEvent("p-eq", PROCESS, "temara", ProposalChannel.EQUALITY_BODY,
                        "equality", sealed("p-eq", "proposal:p-eq", "مرافق للنساء"),
                        sealed("p-eq", "proposal:p-eq", "فضاءات آمنة"), null, null, null, null));
        fixture.given(OPENED, meeting)
                .when(fromMeeting)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("once a station is held"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, new StationHeldEvent(PROCESS, "launch"))
                .when(new SubmitProposalCommand(PROCESS, "p-eq", ProposalChannel.EQUALITY_BODY, "launch", "t", "b",
                        null, null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("equality body"))
                .expectNoEvents();
        fixture.given(OPENED, meeting, new StationHeldEvent(PROCESS, "equality"))
                .when(new SubmitProposalCommand(PROCESS, "p-eq", ProposalChannel.EQUALITY_BODY, null, "t", "b",
                        null, null, null, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("stationId"))
                .expectNoEvents();
    }

    @Test
    void aProposalIdIsUsedOnce() {
        fixture.given(OPENED, ONLINE)
                .when(new SubmitProposalCommand(PROCESS, "p-online", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b",
                        null, null, "p-citizen-8", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reviewTransitions() {
        fixture.given(OPENED, ONLINE)
                .when(review("p-online", ReviewDecision.UNDER_STUDY, null, null))
                .expectEvents(new ProposalReviewedEvent("p-online", ReviewDecision.UNDER_STUDY, null));
        ProposalReviewedEvent underStudy = new ProposalReviewedEvent("p-online", ReviewDecision.UNDER_STUDY, null);
        fixture.given(OPENED, ONLINE, underStudy)
                .when(review("p-online", ReviewDecision.UNDER_STUDY, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, underStudy)
                .when(review("p-online", ReviewDecision.RETAINED, null, null))
                .expectEvents(new ProposalReviewedEvent("p-online", ReviewDecision.RETAINED, null));
        fixture.given(OPENED, ONLINE, underStudy)
                .when(review("p-online", ReviewDecision.NOT_RETAINED, "outside the commune's powers", null))
                .expectEvents(new ProposalReviewedEvent("p-online", ReviewDecision.NOT_RETAINED, null));
        fixture.given(OPENED, ONLINE)
                .when(review("p-online", ReviewDecision.RETAINED, null, null))
                .expectEvents(new ProposalReviewedEvent("p-online", ReviewDecision.RETAINED, null));
    }

    @Test
    void aDecidedProposalIsNotReviewedAgain() {
        for (ReviewDecision decided : List.of(ReviewDecision.RETAINED, ReviewDecision.NOT_RETAINED)) {
            fixture.given(OPENED, ONLINE, new ProposalReviewedEvent("p-online", decided, null))
                    .when(review("p-online", ReviewDecision.UNDER_STUDY, null, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("was decided"))
                    .expectNoEvents();
        }
        fixture.given(OPENED, FROM_WORKSHOP, DUPLICATE,
                        new ProposalReviewedEvent("p-duplicate", ReviewDecision.MERGED, "p-workshop"))
                .when(review("p-duplicate", ReviewDecision.RETAINED, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void notRetainingOrMergingNeedsAReason() {
        fixture.given(OPENED, ONLINE)
                .when(review("p-online", ReviewDecision.NOT_RETAINED, "  ", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("needs a reason"))
                .expectNoEvents();
        fixture.given(OPENED, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, null, "p-workshop"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsMergedIntoAnotherOfTheSameProcess() {
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same request as p-workshop", "p-workshop"))
                .expectEvents(new ProposalReviewedEvent("p-duplicate", ReviewDecision.MERGED, "p-workshop"));
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same", "p-of-another-process"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("not a proposal of this process"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same", null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(review("p-workshop", ReviewDecision.RETAINED, null, "p-workshop"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsNotMergedIntoItselfNorIntoAWithdrawnOne() {
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(review("p-workshop", ReviewDecision.MERGED, "same", "p-workshop"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("into itself"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, ONLINE, new ProposalWithdrawnEvent("p-online"))
                .when(review("p-workshop", ReviewDecision.MERGED, "same", "p-online"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void onlyTheAuthorWithdrawsAProposal() {
        fixture.given(OPENED, ONLINE)
                .when(new WithdrawProposalCommand(PROCESS, "p-online", AUTHOR))
                .expectEvents(new ProposalWithdrawnEvent("p-online"));
        fixture.given(OPENED, ONLINE)
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "p-citizen-8"))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(new WithdrawProposalCommand(PROCESS, "p-workshop", AUTHOR))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsNotWithdrawnAfterADecisionNorTwice() {
        fixture.given(OPENED, ONLINE, new ProposalReviewedEvent("p-online", ReviewDecision.UNDER_STUDY, null))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", AUTHOR))
                .expectEvents(new ProposalWithdrawnEvent("p-online"));
        fixture.given(OPENED, ONLINE, new ProposalReviewedEvent("p-online", ReviewDecision.RETAINED, null))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", AUTHOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, new ProposalWithdrawnEvent("p-online"))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", AUTHOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, new ProposalWithdrawnEvent("p-online"))
                .when(review("p-online", ReviewDecision.UNDER_STUDY, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aModeratorHidesAProposalOnceWithAReason() {
        fixture.given(OPENED, ONLINE)
                .when(new HideProposalCommand(PROCESS, "p-online", ""))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, new ProposalHiddenEvent("p-online"))
                .when(new HideProposalCommand(PROCESS, "p-online", "again"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        assertThat(keys.shredded).as("a refused hiding destroys no key").isEmpty();
    }

    @Test
    void hidingDestroysTheProposalsDataKey() {
        fixture.given(OPENED, ONLINE)
                .when(new HideProposalCommand(PROCESS, "p-online", "insulting language"))
                .expectEvents(new ProposalHiddenEvent("p-online"));
        assertThat(keys.shredded).containsExactly(Map.entry("proposal:p-online", Redaction.HIDDEN));
    }

    @Test
    void anUnknownProposalIsNotFound() {
        fixture.given(OPENED)
                .when(review("p-none", ReviewDecision.RETAINED, null, null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
