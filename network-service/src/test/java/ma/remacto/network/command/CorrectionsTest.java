package ma.remacto.network.command;

import ma.remacto.events.Gender;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityEditedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.network.command.CommitteeCommands.EditCommitteeMemberCommand;
import ma.remacto.network.command.MembershipCommands.EditCollectivityCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static ma.remacto.network.command.SealedNames.sealed;

/** Corrections of what was entered: a collectivity's names and province, a committee seat. */
class CorrectionsTest {

    private static final LocalDate ON = LocalDate.of(2024, 4, 1);
    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "temara", CollectivityKind.COMMUNE, "تمارة", "Temara", null, "rabat-sale-kenitra", null);
    private static final AdmissionDecidedEvent ADMITTED =
            new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, LocalDate.of(2024, 3, 1), Map.of());
    private static final CommitteeMemberAppointedEvent CHAIR = new CommitteeMemberAppointedEvent(
            "temara", "chair", sealed("committee:temara:chair", "رئيس المجلس"), CommitteeRole.CHAIR, Gender.UNSPECIFIED, ON);
    private static final CommitteeMemberAppointedEvent EQUALITY = new CommitteeMemberAppointedEvent(
            "temara", "equality", sealed("committee:temara:equality", "رئيس هيئة المساواة"),
            CommitteeRole.EQUALITY_BODY_MEMBER, Gender.UNSPECIFIED, ON);

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
        fixture.registerInjectableResource(SealedNames.keys());
    }

    @Test
    void anOperatorCorrectsTheNamesAndProvince() {
        fixture.given(APPLIED)
                .when(new EditCollectivityCommand("temara", " تمارة ", "Témara", "ⵜⵎⴰⵔⴰ", " Skhirate-Témara "))
                .expectEvents(new CollectivityEditedEvent("temara", "تمارة", "Témara", "ⵜⵎⴰⵔⴰ", "Skhirate-Témara"));
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        fixture.given(APPLIED, new CollectivityEditedEvent("temara", "تمارة", "Témara", null, "Skhirate-Témara"))
                .when(new EditCollectivityCommand("temara", "تمارة", "Témara", " ", "Skhirate-Témara"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aProvinceCanBeClearedWhenItWasWrong() {
        fixture.given(APPLIED, new CollectivityEditedEvent("temara", "تمارة", "Témara", null, "Rabat"))
                .when(new EditCollectivityCommand("temara", "تمارة", "Témara", null, null))
                .expectEvents(new CollectivityEditedEvent("temara", "تمارة", "Témara", null, null));
    }

    @Test
    void aSeatIsCorrectedWithTheNameSealedAgainUnderTheSeatsKey() {
        fixture.given(APPLIED, ADMITTED, EQUALITY)
                .when(new EditCommitteeMemberCommand("temara", "equality", " رئيسة هيئة المساواة ",
                        CommitteeRole.EQUALITY_BODY_CHAIR, Gender.WOMAN, ON))
                .expectEvents(new CommitteeMemberEditedEvent("temara", "equality",
                        sealed("committee:temara:equality", "رئيسة هيئة المساواة"), CommitteeRole.EQUALITY_BODY_CHAIR,
                        Gender.WOMAN, ON));
    }

    @Test
    void aCorrectionCannotTakeASingleSeatHeldByAnother() {
        fixture.given(APPLIED, ADMITTED, CHAIR, EQUALITY)
                .when(new EditCommitteeMemberCommand("temara", "equality", "x", CommitteeRole.CHAIR, Gender.WOMAN, ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("chair"))
                .expectNoEvents();
    }

    @Test
    void theHolderOfASingleSeatMayCorrectTheirOwnSeat() {
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new EditCommitteeMemberCommand("temara", "chair", "رئيس المجلس", CommitteeRole.CHAIR,
                        Gender.MAN, ON))
                .expectEvents(new CommitteeMemberEditedEvent("temara", "chair",
                        sealed("committee:temara:chair", "رئيس المجلس"), CommitteeRole.CHAIR, Gender.MAN, ON));
    }

    @Test
    void onlyASittingMemberIsCorrected() {
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberRemovedEvent("temara", "chair", ON))
                .when(new EditCommitteeMemberCommand("temara", "chair", "x", CommitteeRole.CHAIR, Gender.MAN, ON))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anErasedNameIsNeverWrittenAgain() {
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberErasedEvent("temara", "chair"))
                .when(new EditCommitteeMemberCommand("temara", "chair", "x", CommitteeRole.CHAIR, Gender.MAN, ON))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectedAppointmentCannotBeInTheFuture() {
        fixture.given(APPLIED, ADMITTED, CHAIR)
                .when(new EditCommitteeMemberCommand("temara", "chair", "x", CommitteeRole.CHAIR, Gender.MAN,
                        LocalDate.now().plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("appointedOn:"))
                .expectNoEvents();
    }

    @Test
    void aCorrectedSeatKeepsItsCorrectedDateForTheRemoval() {
        fixture.given(APPLIED, ADMITTED, CHAIR, new CommitteeMemberEditedEvent("temara", "chair",
                        sealed("committee:temara:chair", "رئيس المجلس"), CommitteeRole.CHAIR, Gender.MAN, ON.plusDays(10)))
                .when(new CommitteeCommands.RemoveCommitteeMemberCommand("temara", "chair", ON.plusDays(5)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }
}
