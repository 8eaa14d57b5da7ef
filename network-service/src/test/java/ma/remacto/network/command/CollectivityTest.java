package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.network.command.MembershipCommands.DecideAdmissionCommand;
import ma.remacto.network.command.MembershipCommands.ImportMemberCommand;
import ma.remacto.network.command.MembershipCommands.ReapplyCommand;
import ma.remacto.network.command.MembershipCommands.RegisterCollectivityCommand;
import ma.remacto.network.command.MembershipCommands.ReinstateMembershipCommand;
import ma.remacto.network.command.MembershipCommands.SignCharterCommand;
import ma.remacto.network.command.MembershipCommands.SuspendMembershipCommand;
import ma.remacto.network.command.MembershipCommands.WithdrawMembershipCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

class CollectivityTest {

    private static final LocalDate APPLIED_ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate ADMITTED_ON = LocalDate.of(2024, 4, 25);
    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra", "Skhirate-Témara");
    private static final AdmissionDecidedEvent ADMITTED =
            new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, ADMITTED_ON, Map.of());
    private static final CharterSignedEvent SIGNED =
            new CharterSignedEvent("temara", LocalDate.of(2024, 5, 2), "رئيس المجلس");

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
    }

    @Test
    void anApplicantIsRegisteredWithItsRegionAndProvince() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, " تمارة ", "Témara", " ",
                        "rabat-sale-kenitra", "Skhirate-Témara", APPLIED_ON))
                .expectEvents(APPLIED, new ApplicationDatedEvent("temara", APPLIED_ON));
    }

    @Test
    void aCommuneMayHaveNoKnownRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("tamazgana", CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana",
                        "ⵜⴰⵎⴰⵣⴳⴰⵏⴰ", null, null, APPLIED_ON))
                .expectEvents(new CollectivityRegisteredEvent("tamazgana", CollectivityKind.COMMUNE, "تمزكانة",
                        "Tamazgana", "ⵜⴰⵎⴰⵣⴳⴰⵏⴰ", null, null), new ApplicationDatedEvent("tamazgana", APPLIED_ON));
    }

    @Test
    void aRegionOutsideTheTwelveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                        "atlantis", null, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aRegionMemberMustBeOneOfTheTwelveRegionsAndLiesInItself() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("souss-massa", CollectivityKind.REGION, "سوس ماسة", "Souss-Massa",
                        null, null, null, APPLIED_ON))
                .expectEvents(new CollectivityRegisteredEvent("souss-massa", CollectivityKind.REGION, "سوس ماسة",
                        "Souss-Massa", null, "souss-massa", null), new ApplicationDatedEvent("souss-massa", APPLIED_ON));
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.REGION, "تمارة", "Témara", null, null, null, null))
                .expectException(InvalidCommand.class);
    }

    @Test
    void anApplicantIsAdmittedOnItsIndicators() {
        fixture.given(APPLIED)
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.ADMITTED, ADMITTED_ON,
                        Map.of("transparency", new BigDecimal("8.5"))))
                .expectEvents(new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, ADMITTED_ON,
                        Map.of("transparency", new BigDecimal("8.5"))),
                        new MembershipStandingChangedEvent("temara", true, ADMITTED_ON));
    }

    @Test
    void anApplicationIsDecidedOnlyOnce() {
        fixture.given(APPLIED, ADMITTED)
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.REJECTED, ADMITTED_ON, Map.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdmissionCannotBeDecidedInTheFuture() {
        fixture.given(APPLIED)
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.ADMITTED, LocalDate.now().plusDays(1), Map.of()))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void theCharterIsSignedAfterAdmissionAndMakesTheMemberActive() {
        fixture.given(APPLIED, ADMITTED)
                .when(new SignCharterCommand("temara", LocalDate.of(2024, 5, 2), " رئيس المجلس "))
                .expectEvents(SIGNED);
    }

    @Test
    void theCharterCannotBeSignedBeforeAdmission() {
        fixture.given(APPLIED)
                .when(new SignCharterCommand("temara", LocalDate.of(2024, 5, 2), "رئيس المجلس"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theCharterIsSignedOnce() {
        fixture.given(APPLIED, ADMITTED, SIGNED)
                .when(new SignCharterCommand("temara", LocalDate.of(2024, 6, 2), "رئيس المجلس"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aMemberIsSuspendedAndReinstated() {
        fixture.given(APPLIED, ADMITTED, SIGNED)
                .when(new SuspendMembershipCommand("temara", LocalDate.of(2025, 1, 10)))
                .expectEvents(new MembershipSuspendedEvent("temara", LocalDate.of(2025, 1, 10)),
                        new MembershipStandingChangedEvent("temara", false, LocalDate.of(2025, 1, 10)));
        fixture.given(APPLIED, ADMITTED, SIGNED, new MembershipSuspendedEvent("temara", LocalDate.of(2025, 1, 10)))
                .when(new ReinstateMembershipCommand("temara", LocalDate.of(2025, 3, 1)))
                .expectEvents(new MembershipReinstatedEvent("temara", LocalDate.of(2025, 3, 1)),
                        new MembershipStandingChangedEvent("temara", true, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void aNonMemberCannotBeSuspended() {
        fixture.given(APPLIED)
                .when(new SuspendMembershipCommand("temara", LocalDate.of(2025, 1, 10)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberCannotBeSuspendedAgainNorAnActiveOneReinstated() {
        fixture.given(APPLIED, ADMITTED, new MembershipSuspendedEvent("temara", LocalDate.of(2025, 1, 10)))
                .when(new SuspendMembershipCommand("temara", LocalDate.of(2025, 2, 10)))
                .expectException(RuleViolation.class);
        fixture.given(APPLIED, ADMITTED)
                .when(new ReinstateMembershipCommand("temara", LocalDate.of(2025, 2, 10)))
                .expectException(RuleViolation.class);
    }

    @Test
    void anAdmissionCannotPrecedeTheApplication() {
        fixture.given(APPLIED, new ApplicationDatedEvent("temara", APPLIED_ON))
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.ADMITTED, APPLIED_ON.minusDays(1), Map.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("decidedOn:"))
                .expectNoEvents();
    }

    @Test
    void aChangeCannotBeDatedBeforeThePreviousOne() {
        fixture.given(APPLIED, ADMITTED)
                .when(new SuspendMembershipCommand("temara", ADMITTED_ON.minusDays(1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMemberWithdrawsEvenWhenSuspended() {
        fixture.given(APPLIED, ADMITTED, new MembershipSuspendedEvent("temara", LocalDate.of(2025, 1, 10)))
                .when(new WithdrawMembershipCommand("temara", LocalDate.of(2025, 2, 1)))
                .expectEvents(new MembershipWithdrawnEvent("temara", LocalDate.of(2025, 2, 1)));
    }

    @Test
    void aWithdrawnCollectivityIsNoLongerAMemberButMayApplyAgain() {
        MembershipWithdrawnEvent withdrawn = new MembershipWithdrawnEvent("temara", LocalDate.of(2025, 2, 1));
        fixture.given(APPLIED, ADMITTED, withdrawn)
                .when(new WithdrawMembershipCommand("temara", LocalDate.of(2025, 3, 1)))
                .expectException(RuleViolation.class);
        fixture.given(APPLIED, ADMITTED, withdrawn)
                .when(new ReapplyCommand("temara", LocalDate.of(2025, 9, 1)))
                .expectEvents(new CollectivityReappliedEvent("temara", LocalDate.of(2025, 9, 1)));
        fixture.given(APPLIED, ADMITTED, SIGNED, withdrawn, new CollectivityReappliedEvent("temara", LocalDate.of(2025, 9, 1)),
                        new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, LocalDate.of(2025, 10, 1), Map.of()))
                .when(new SignCharterCommand("temara", LocalDate.of(2025, 10, 2), "رئيس المجلس"))
                .expectEvents(new CharterSignedEvent("temara", LocalDate.of(2025, 10, 2), "رئيس المجلس"));
    }

    @Test
    void aRejectedCollectivityMayApplyAgainButAMemberMayNot() {
        fixture.given(APPLIED, new AdmissionDecidedEvent("temara", AdmissionDecision.REJECTED, ADMITTED_ON, Map.of()))
                .when(new ReapplyCommand("temara", LocalDate.of(2025, 1, 5)))
                .expectEvents(new CollectivityReappliedEvent("temara", LocalDate.of(2025, 1, 5)));
        fixture.given(APPLIED, ADMITTED)
                .when(new ReapplyCommand("temara", LocalDate.of(2025, 1, 5)))
                .expectException(RuleViolation.class);
    }

    @Test
    void anImportedLineRegistersAndAdmitsInOneGo() {
        fixture.givenNoPriorActivity()
                .when(new ImportMemberCommand("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", "rabat-sale-kenitra",
                        ADMITTED_ON))
                .expectEvents(new CollectivityRegisteredEvent("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                        "rabat-sale-kenitra", null), ADMITTED, new MembershipStandingChangedEvent("temara", true, ADMITTED_ON));
    }

    @Test
    void anApplicationIsDatedTheDayItIsRegisteredWhenNoDateIsGiven() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                        "rabat-sale-kenitra", "Skhirate-Témara", null))
                .expectEvents(APPLIED, new ApplicationDatedEvent("temara", LocalDate.now()));
    }

    @Test
    void anApplicationCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                        "rabat-sale-kenitra", null, LocalDate.now().plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("appliedOn:"))
                .expectNoEvents();
    }

    @Test
    void theCharterIsNeverSignedBeforeTheNetworksFounding() {
        LocalDate dayBefore = LocalDate.of(2022, 10, 20);
        fixture.given(APPLIED, new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, dayBefore, Map.of()))
                .when(new SignCharterCommand("temara", dayBefore, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("signedOn:"),
                        org.hamcrest.Matchers.containsString("2022-10-21")))
                .expectNoEvents();
    }

    @Test
    void theCharterMayBeSignedOnTheFoundingDay() {
        LocalDate founding = LocalDate.of(2022, 10, 21);
        fixture.given(APPLIED, new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, founding, Map.of()))
                .when(new SignCharterCommand("temara", founding, null))
                .expectEvents(new CharterSignedEvent("temara", founding, null));
    }
}
