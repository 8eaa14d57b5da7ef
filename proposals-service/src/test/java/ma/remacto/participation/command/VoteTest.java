package ma.remacto.participation.command;

import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.VoteCommands.CastVoteCommand;
import ma.remacto.participation.command.VoteCommands.WithdrawVoteCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class VoteTest {

    private static final Instant OPENS = Instant.parse("2025-09-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2025-09-15T23:00:00Z");
    private static final VotingWindow WINDOW = new VotingWindow(OPENS, CLOSES);
    private static final Instant DURING = Instant.parse("2025-09-10T12:00:00Z");
    private static final VoteCastEvent FOR = new VoteCastEvent("draft", "1", "ballot-a", VoteChoice.FOR);

    private FixtureConfiguration<Vote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vote.class);
    }

    private static CastVoteCommand cast(VoteChoice choice, Instant at) {
        return new CastVoteCommand("draft", "1", "ballot-a", choice, WINDOW, at);
    }

    private static WithdrawVoteCommand withdraw(Instant at) {
        return new WithdrawVoteCommand("draft", "1", "ballot-a", WINDOW, at);
    }

    @Test
    void aBallotHasOneVotePerItem() {
        assertThat(cast(VoteChoice.FOR, DURING).voteId()).isEqualTo("draft:1:ballot-a")
                .isEqualTo(withdraw(DURING).voteId())
                .isNotEqualTo(new CastVoteCommand("draft", "2", "ballot-a", VoteChoice.FOR, WINDOW, DURING).voteId());
        fixture.givenNoPriorActivity()
                .when(cast(VoteChoice.FOR, DURING))
                .expectEvents(FOR);
    }

    @Test
    void aCitizenVotesOncePerItem() {
        fixture.given(FOR)
                .when(cast(VoteChoice.FOR, DURING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aVoteMayBeChangedUntilClosing() {
        fixture.given(FOR)
                .when(cast(VoteChoice.AGAINST, CLOSES.minusMillis(1)))
                .expectEvents(new VoteCastEvent("draft", "1", "ballot-a", VoteChoice.AGAINST));
        fixture.given(FOR)
                .when(cast(VoteChoice.AGAINST, CLOSES))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void closedConsultationRefusesVotes() {
        fixture.givenNoPriorActivity()
                .when(cast(VoteChoice.FOR, CLOSES))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("closed at"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(cast(VoteChoice.FOR, CLOSES.plusSeconds(3600)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aConsultationTakesNoVoteBeforeItOpens() {
        fixture.givenNoPriorActivity()
                .when(cast(VoteChoice.FOR, OPENS.minusMillis(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("opens at"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(cast(VoteChoice.FOR, OPENS))
                .expectEvents(FOR);
    }

    @Test
    void aVoteMayBeWithdrawn() {
        fixture.given(FOR)
                .when(withdraw(DURING))
                .expectEvents(new VoteWithdrawnEvent("draft", "1", "ballot-a"));
    }

    @Test
    void aWithdrawnVoteMayBeCastAgain() {
        fixture.given(FOR, new VoteWithdrawnEvent("draft", "1", "ballot-a"))
                .when(cast(VoteChoice.FOR, DURING))
                .expectEvents(FOR);
    }

    @Test
    void aVoteIsNotWithdrawnAfterClosing() {
        fixture.given(FOR)
                .when(withdraw(CLOSES))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void withoutAVoteThereIsNothingToWithdraw() {
        fixture.given(FOR, new VoteWithdrawnEvent("draft", "1", "ballot-a"))
                .when(withdraw(DURING))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(withdraw(DURING))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
