package ma.remacto.network.command;

import ma.remacto.events.Gender;
import ma.remacto.events.SealedText;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
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

import java.time.LocalDate;
import java.util.Map;

/**
 * Who is a member in good standing, which the other services learn from the standing events
 * alone: admitted and active members are; applicants, rejected, suspended and withdrawn
 * collectivities are not. A standing event follows a membership change only when it changes
 * the standing.
 */
class StandingTest {

    private static final LocalDate APPLIED_ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate ADMITTED_ON = LocalDate.of(2024, 4, 25);
    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 5, 2);
    private static final LocalDate SUSPENDED_ON = LocalDate.of(2025, 1, 10);
    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "sale", CollectivityKind.COMMUNE, "سلا", "Salé", null, "rabat-sale-kenitra", null);
    private static final AdmissionDecidedEvent ADMITTED =
            new AdmissionDecidedEvent("sale", AdmissionDecision.ADMITTED, ADMITTED_ON, Map.of());
    private static final MembershipStandingChangedEvent IN_GOOD_STANDING =
            new MembershipStandingChangedEvent("sale", true, ADMITTED_ON);
    private static final CharterSignedEvent SIGNED = new CharterSignedEvent("sale", SIGNED_ON, null);
    private static final MembershipSuspendedEvent SUSPENDED = new MembershipSuspendedEvent("sale", SUSPENDED_ON);
    private static final MembershipStandingChangedEvent OUT_OF_STANDING =
            new MembershipStandingChangedEvent("sale", false, SUSPENDED_ON);

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
    }

    @Test
    void anApplicantIsNotYetInGoodStanding() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("sale", CollectivityKind.COMMUNE, "سلا", "Salé", null,
                        "rabat-sale-kenitra", null, null))
                .expectEvents(APPLIED, new ApplicationDatedEvent("sale", LocalDate.now()));
    }

    @Test
    void anAdmissionPutsTheMemberInGoodStandingFromItsDate() {
        fixture.given(APPLIED)
                .when(new DecideAdmissionCommand("sale", AdmissionDecision.ADMITTED, ADMITTED_ON, Map.of()))
                .expectEvents(ADMITTED, IN_GOOD_STANDING);
    }

    @Test
    void anImportedAdmittedMemberIsInGoodStanding() {
        fixture.givenNoPriorActivity()
                .when(new ImportMemberCommand("sale", CollectivityKind.COMMUNE, "سلا", "Salé", "rabat-sale-kenitra",
                        ADMITTED_ON))
                .expectEvents(APPLIED, ADMITTED, IN_GOOD_STANDING);
        fixture.givenNoPriorActivity()
                .when(new ImportMemberCommand("sale", CollectivityKind.COMMUNE, "سلا", "Salé", "rabat-sale-kenitra", null))
                .expectEvents(APPLIED);
    }

    @Test
    void aRejectedApplicantStaysOutOfStanding() {
        fixture.given(APPLIED)
                .when(new DecideAdmissionCommand("sale", AdmissionDecision.REJECTED, ADMITTED_ON, Map.of()))
                .expectEvents(new AdmissionDecidedEvent("sale", AdmissionDecision.REJECTED, ADMITTED_ON, Map.of()));
    }

    @Test
    void signingTheCharterKeepsTheMemberInGoodStanding() {
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING)
                .when(new SignCharterCommand("sale", SIGNED_ON, null))
                .expectEvents(SIGNED);
    }

    @Test
    void aSuspensionEndsTheGoodStandingUntilTheReinstatement() {
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING, SIGNED)
                .when(new SuspendMembershipCommand("sale", SUSPENDED_ON))
                .expectEvents(SUSPENDED, OUT_OF_STANDING);
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING, SIGNED, SUSPENDED, OUT_OF_STANDING)
                .when(new ReinstateMembershipCommand("sale", SUSPENDED_ON.plusMonths(2)))
                .expectEvents(new MembershipReinstatedEvent("sale", SUSPENDED_ON.plusMonths(2)),
                        new MembershipStandingChangedEvent("sale", true, SUSPENDED_ON.plusMonths(2)));
    }

    @Test
    void aWithdrawalEndsTheGoodStandingOfAMemberInIt() {
        LocalDate withdrawnOn = SUSPENDED_ON.plusMonths(3);
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING, SIGNED)
                .when(new WithdrawMembershipCommand("sale", withdrawnOn))
                .expectEvents(new MembershipWithdrawnEvent("sale", withdrawnOn),
                        new MembershipStandingChangedEvent("sale", false, withdrawnOn));
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING, SUSPENDED, OUT_OF_STANDING)
                .when(new WithdrawMembershipCommand("sale", withdrawnOn))
                .expectEvents(new MembershipWithdrawnEvent("sale", withdrawnOn));
    }

    @Test
    void aNewApplicationIsNotYetAMembership() {
        MembershipWithdrawnEvent withdrawn = new MembershipWithdrawnEvent("sale", SUSPENDED_ON);
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING, withdrawn,
                        new MembershipStandingChangedEvent("sale", false, SUSPENDED_ON))
                .when(new ReapplyCommand("sale", SUSPENDED_ON.plusMonths(6)))
                .expectEvents(new CollectivityReappliedEvent("sale", SUSPENDED_ON.plusMonths(6)));
    }

    @Test
    void committeeChangesDoNotTouchTheStanding() {
        fixture.registerInjectableResource(SealedNames.keys());
        fixture.given(APPLIED, ADMITTED, IN_GOOD_STANDING)
                .when(new AppointCommitteeMemberCommand("sale", "chair", "رئيس المجلس", CommitteeRole.CHAIR,
                        Gender.UNSPECIFIED, APPLIED_ON.plusMonths(3)))
                .expectEvents(new CommitteeMemberAppointedEvent("sale", "chair",
                        new SealedText("committee:sale:chair", "sealed:رئيس المجلس"), CommitteeRole.CHAIR,
                        Gender.UNSPECIFIED, APPLIED_ON.plusMonths(3)));
    }
}
