package ma.remacto.network.command;

import ma.remacto.events.Gender;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.RuleViolation;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.RemoveCommitteeMemberCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

class CommitteeTest {

    private static final LocalDate ON = LocalDate.of(2024, 4, 1);
    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra", null);
    private static final AdmissionDecidedEvent ADMITTED =
            new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, LocalDate.of(2024, 3, 1), Map.of());
    private static final CommitteeMemberAppointedEvent CHAIR = new CommitteeMemberAppointedEvent(
            "temara", "chair", "رئيس المجلس", CommitteeRole.CHAIR, Gender.UNSPECIFIED, ON);

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
    }

    @Test
    void aMemberAppointsItsCommittee() {
        fixture.given(APPLIED, ADMITTED)
                .when(new AppointCommitteeMemberCommand("temara", "chair", " رئيس المجلس ", CommitteeRole.CHAIR,
                        Gender.UNSPECIFIED, ON))
                .expectEvents(CHAIR);
    }

    @Test
    void anApplicantHasNoCommitteeYet() {
        fixture.given(APPLIED)
                .when(new AppointCommitteeMemberCommand("temara", "chair", "رئيس المجلس", CommitteeRole.CHAIR,
                        Gender.UNSPECIFIED, ON))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theCommitteeHasOneChairAtATime() {
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new AppointCommitteeMemberCommand("temara", "chair-2", "x", CommitteeRole.CHAIR, Gender.WOMAN, ON))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberRemovedEvent("temara", "chair", ON.plusMonths(1)))
                .when(new AppointCommitteeMemberCommand("temara", "chair-2", "x", CommitteeRole.CHAIR, Gender.WOMAN,
                        ON.plusMonths(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theEqualityBodyHasOneChairButManyMembers() {
        CommitteeMemberAppointedEvent equalityChair = new CommitteeMemberAppointedEvent("temara", "eq-chair",
                "رئيسة هيئة المساواة", CommitteeRole.EQUALITY_BODY_CHAIR, Gender.WOMAN, ON);
        fixture.given(APPLIED, ADMITTED, equalityChair)
                .when(new AppointCommitteeMemberCommand("temara", "eq-chair-2", "x", CommitteeRole.EQUALITY_BODY_CHAIR,
                        Gender.WOMAN, ON))
                .expectException(RuleViolation.class);
        fixture.given(APPLIED, ADMITTED, equalityChair,
                        new CommitteeMemberAppointedEvent("temara", "eq-1", "عضو", CommitteeRole.EQUALITY_BODY_MEMBER, Gender.WOMAN, ON))
                .when(new AppointCommitteeMemberCommand("temara", "eq-2", "عضو", CommitteeRole.EQUALITY_BODY_MEMBER,
                        Gender.MAN, ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSeatIdIsNeverReused() {
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberRemovedEvent("temara", "chair", ON.plusDays(5)))
                .when(new AppointCommitteeMemberCommand("temara", "chair", "x", CommitteeRole.STAFF, Gender.MAN, ON.plusDays(6)))
                .expectException(RuleViolation.class);
    }

    @Test
    void onlySeatedMembersAreRemovedAndNotBeforeTheirAppointment() {
        fixture.given(APPLIED, ADMITTED)
                .when(new RemoveCommitteeMemberCommand("temara", "nobody", ON))
                .expectException(RuleViolation.class);
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new RemoveCommitteeMemberCommand("temara", "chair", ON.minusDays(1)))
                .expectException(BadRequest.class);
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new RemoveCommitteeMemberCommand("temara", "chair", ON.plusDays(30)))
                .expectEvents(new CommitteeMemberRemovedEvent("temara", "chair", ON.plusDays(30)));
    }
}
