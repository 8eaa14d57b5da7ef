package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.network.command.MembershipCommands.FollowUpCharterCommitmentCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.startsWith;

class CharterFollowUpTest {

    private static final CollectivityRegisteredEvent APPLIED = new CollectivityRegisteredEvent(
            "tamazgana", CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana", null, null, null);
    private static final AdmissionDecidedEvent ADMITTED = new AdmissionDecidedEvent("tamazgana",
            AdmissionDecision.ADMITTED, LocalDate.of(2024, 12, 1), Map.of());
    private static final LocalDate WORKSHOP = LocalDate.of(2025, 3, 18);

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
    }

    @Test
    void aMemberFollowsUpACommitmentWithEvidenceAndADate() {
        fixture.given(APPLIED, ADMITTED)
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.OPEN_PROGRAMS,
                        " ورشة الإعداد المشترك مع المجتمع المدني ", WORKSHOP))
                .expectEvents(new CharterCommitmentFollowedUpEvent("tamazgana", CharterCommitment.OPEN_PROGRAMS,
                        "ورشة الإعداد المشترك مع المجتمع المدني", WORKSHOP));
    }

    @Test
    void followUpsAddUp() {
        CharterCommitmentFollowedUpEvent first = new CharterCommitmentFollowedUpEvent("tamazgana",
                CharterCommitment.OPEN_PROGRAMS, "kick-off meeting", LocalDate.of(2025, 3, 7));
        fixture.given(APPLIED, ADMITTED, first)
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.OPEN_PROGRAMS, "workshop",
                        WORKSHOP))
                .expectEvents(new CharterCommitmentFollowedUpEvent("tamazgana", CharterCommitment.OPEN_PROGRAMS,
                        "workshop", WORKSHOP));
    }

    @Test
    void onlyAMemberFollowsUpTheCharter() {
        fixture.given(APPLIED)
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.NORMS, "x", WORKSHOP))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(APPLIED, ADMITTED, new MembershipWithdrawnEvent("tamazgana", LocalDate.of(2025, 1, 1)))
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.NORMS, "x", WORKSHOP))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aFollowUpIsNeitherInTheFutureNorBeforeTheNetworksFounding() {
        fixture.given(APPLIED, ADMITTED)
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.NORMS, "x",
                        LocalDate.now().plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(startsWith("on:"))
                .expectNoEvents();
        fixture.given(APPLIED, ADMITTED)
                .when(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.NORMS, "x",
                        LocalDate.of(2022, 10, 20)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(startsWith("on:"))
                .expectNoEvents();
    }
}
