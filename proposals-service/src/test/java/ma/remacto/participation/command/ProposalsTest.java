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
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.security.Forbidden;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.NotFound;
import ma.remacto.kit.web.RuleViolation;
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

import static org.hamcrest.Matchers.containsString;

class ProposalsTest {

    private static final String PROCESS = "temara-2024";
    private static final CoCreationProcessOpenedEvent OPENED =
            new CoCreationProcessOpenedEvent(PROCESS, "temara", "برنامج عمل الانفتاح", "2025-2026");
    private static final StationPlannedEvent WORKSHOP = new StationPlannedEvent(PROCESS, "launch",
            StationKind.CO_CREATION_WORKSHOP, "Atelier de lancement", LocalDate.of(2024, 4, 25),
            LocalDate.of(2024, 4, 25), null, List.of());
    private static final ProposalSubmittedEvent ONLINE = new ProposalSubmittedEvent("p-online", PROCESS, "temara",
            ProposalChannel.DIGITAL_PLATFORM, null, "ⵜⴰⵙⵓⵔⵜ — تشجير الأحياء", "غرس الأشجار في الأحياء", null, null,
            "citizen-7", Gender.WOMAN);
    private static final ProposalSubmittedEvent FROM_WORKSHOP = new ProposalSubmittedEvent("p-workshop", PROCESS,
            "temara", ProposalChannel.IN_PERSON, "launch", "Éclairage public", "Renouveler l'éclairage", "1", "Hay Nahda",
            null, null);
    private static final ProposalSubmittedEvent DUPLICATE = new ProposalSubmittedEvent("p-duplicate", PROCESS,
            "temara", ProposalChannel.IN_PERSON, "launch", "Éclairage", "Plus de lampadaires", null, null, null, null);

    private FixtureConfiguration<CoCreationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoCreationProcess.class);
    }

    private static ReviewProposalCommand review(String proposalId, ReviewDecision decision, String reason, String into) {
        return new ReviewProposalCommand(PROCESS, proposalId, decision, reason, into);
    }

    @Test
    void aCitizenSubmitsTheirOwnOnTheDigitalPlatform() {
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-online", ProposalChannel.DIGITAL_PLATFORM, null,
                        " ⵜⴰⵙⵓⵔⵜ — تشجير الأحياء ", "غرس الأشجار في الأحياء\n", " ", null, "citizen-7", Gender.WOMAN))
                .expectEvents(ONLINE);
    }

    @Test
    void anAdminEntersAWorkshopProposalOnBehalfWithoutAuthor() {
        fixture.given(OPENED, WORKSHOP)
                .when(new SubmitProposalCommand(PROCESS, "p-workshop", ProposalChannel.IN_PERSON, "launch",
                        "Éclairage public", "Renouveler l'éclairage", "1", "Hay Nahda", null, null))
                .expectEvents(FROM_WORKSHOP);
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.EQUALITY_BODY, null, "t", "b", null, null,
                        "citizen-7", null))
                .expectException(BadRequest.class)
                .expectNoEvents();
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b", null,
                        null, null, null))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }

    @Test
    void proposalsAreTakenOnlyWhileIdeasAreCollected() {
        fixture.given(OPENED, new ProcessPhaseChangedEvent(PROCESS, ProcessPhase.CONSULTATION, LocalDate.of(2024, 9, 1)))
                .when(new SubmitProposalCommand(PROCESS, "p-late", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b",
                        null, null, "citizen-7", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("while ideas are collected"))
                .expectNoEvents();
    }

    @Test
    void theStationIsOneOfTheProcessAndTookPlace() {
        fixture.given(OPENED)
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "elsewhere", "t", "b", null,
                        null, null, null))
                .expectException(BadRequest.class)
                .expectExceptionMessage(containsString("not a station of this process"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, new StationCancelledEvent(PROCESS, "launch"))
                .when(new SubmitProposalCommand(PROCESS, "p-x", ProposalChannel.IN_PERSON, "launch", "t", "b", null,
                        null, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIdIsUsedOnce() {
        fixture.given(OPENED, ONLINE)
                .when(new SubmitProposalCommand(PROCESS, "p-online", ProposalChannel.DIGITAL_PLATFORM, null, "t", "b",
                        null, null, "citizen-8", null))
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
                .expectException(BadRequest.class)
                .expectExceptionMessage(containsString("needs a reason"))
                .expectNoEvents();
        fixture.given(OPENED, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, null, "p-workshop"))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsMergedIntoAnotherOfTheSameProcess() {
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same request as p-workshop", "p-workshop"))
                .expectEvents(new ProposalReviewedEvent("p-duplicate", ReviewDecision.MERGED, "p-workshop"));
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same", "p-of-another-process"))
                .expectException(BadRequest.class)
                .expectExceptionMessage(containsString("not a proposal of this process"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP, DUPLICATE)
                .when(review("p-duplicate", ReviewDecision.MERGED, "same", null))
                .expectException(BadRequest.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(review("p-workshop", ReviewDecision.RETAINED, null, "p-workshop"))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsNotMergedIntoItselfNorIntoAWithdrawnOne() {
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(review("p-workshop", ReviewDecision.MERGED, "same", "p-workshop"))
                .expectException(BadRequest.class)
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
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "citizen-7"))
                .expectEvents(new ProposalWithdrawnEvent("p-online"));
        fixture.given(OPENED, ONLINE)
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "citizen-8"))
                .expectException(Forbidden.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, FROM_WORKSHOP)
                .when(new WithdrawProposalCommand(PROCESS, "p-workshop", "citizen-7"))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsNotWithdrawnAfterADecisionNorTwice() {
        fixture.given(OPENED, ONLINE, new ProposalReviewedEvent("p-online", ReviewDecision.UNDER_STUDY, null))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "citizen-7"))
                .expectEvents(new ProposalWithdrawnEvent("p-online"));
        fixture.given(OPENED, ONLINE, new ProposalReviewedEvent("p-online", ReviewDecision.RETAINED, null))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "citizen-7"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, new ProposalWithdrawnEvent("p-online"))
                .when(new WithdrawProposalCommand(PROCESS, "p-online", "citizen-7"))
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
                .when(new HideProposalCommand(PROCESS, "p-online", "insulting language"))
                .expectEvents(new ProposalHiddenEvent("p-online"));
        fixture.given(OPENED, ONLINE)
                .when(new HideProposalCommand(PROCESS, "p-online", ""))
                .expectException(BadRequest.class)
                .expectNoEvents();
        fixture.given(OPENED, ONLINE, new ProposalHiddenEvent("p-online"))
                .when(new HideProposalCommand(PROCESS, "p-online", "again"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownProposalIsNotFound() {
        fixture.given(OPENED)
                .when(review("p-none", ReviewDecision.RETAINED, null, null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
