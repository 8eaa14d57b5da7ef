package ma.remacto.network.command;

import ma.remacto.events.Gender;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EraseCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.RemoveCommitteeMemberCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static ma.remacto.network.command.SealedNames.sealed;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class CommitteeTest {

    private static final LocalDate ON = LocalDate.of(2024, 4, 1);
    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra", null);
    private static final AdmissionDecidedEvent ADMITTED =
            new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, LocalDate.of(2024, 3, 1), Map.of());
    private static final CommitteeMemberAppointedEvent CHAIR = new CommitteeMemberAppointedEvent(
            "temara", "chair", sealed("committee:temara:chair", "رئيس المجلس"), CommitteeRole.CHAIR, Gender.UNSPECIFIED, ON);

    private FixtureConfiguration<Collectivity> fixture;
    private DataKeys keys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
        keys = SealedNames.keys();
        fixture.registerInjectableResource(keys);
    }

    private static MetaData because(String reason) {
        return MetaData.with("reason", reason);
    }

    @Test
    void aMemberAppointsItsCommitteeWithTheNameSealedUnderTheSeatsOwnKey() {
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
                sealed("committee:temara:eq-chair", "رئيسة هيئة المساواة"), CommitteeRole.EQUALITY_BODY_CHAIR,
                Gender.WOMAN, ON);
        fixture.given(APPLIED, ADMITTED, equalityChair)
                .when(new AppointCommitteeMemberCommand("temara", "eq-chair-2", "x", CommitteeRole.EQUALITY_BODY_CHAIR,
                        Gender.WOMAN, ON))
                .expectException(RuleViolation.class);
        fixture.given(APPLIED, ADMITTED, equalityChair,
                        new CommitteeMemberAppointedEvent("temara", "eq-1", sealed("committee:temara:eq-1", "عضو"),
                                CommitteeRole.EQUALITY_BODY_MEMBER, Gender.WOMAN, ON))
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
                .expectException(InvalidCommand.class);
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new RemoveCommitteeMemberCommand("temara", "chair", ON.plusDays(30)))
                .expectEvents(new CommitteeMemberRemovedEvent("temara", "chair", ON.plusDays(30)));
    }

    @Test
    void anErasureDestroysTheNamesKeyAndKeepsTheSeat() {
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new EraseCommitteeMemberCommand("temara", "chair"), because("the member asked for erasure"))
                .expectEvents(new CommitteeMemberErasedEvent("temara", "chair"));
        verify(keys).shred("committee:temara:chair", Redaction.ERASED);
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberErasedEvent("temara", "chair"))
                .when(new RemoveCommitteeMemberCommand("temara", "chair", ON.plusDays(30)))
                .expectEvents(new CommitteeMemberRemovedEvent("temara", "chair", ON.plusDays(30)));
    }

    @Test
    void aFormerMemberMayBeErasedToo() {
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberRemovedEvent("temara", "chair", ON.plusDays(5)))
                .when(new EraseCommitteeMemberCommand("temara", "chair"), because("the member asked for erasure"))
                .expectEvents(new CommitteeMemberErasedEvent("temara", "chair"));
    }

    @Test
    void anErasureNeedsAReason() {
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new EraseCommitteeMemberCommand("temara", "chair"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        verify(keys, never()).shred(anyString(), any());
    }

    @Test
    void onlyAMemberEverAppointedIsErasedAndOnlyOnce() {
        fixture.given(APPLIED, ADMITTED)
                .when(new EraseCommitteeMemberCommand("temara", "nobody"), because("r"))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberErasedEvent("temara", "chair"))
                .when(new EraseCommitteeMemberCommand("temara", "chair"), because("r"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        verify(keys, never()).shred(anyString(), any());
    }
}
