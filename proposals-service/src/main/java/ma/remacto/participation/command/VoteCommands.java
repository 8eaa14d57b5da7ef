package ma.remacto.participation.command;

import ma.remacto.events.participation.VoteChoice;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The commands of one ballot on one item. The voting window comes with the command, the current
 * one (as closed early or extended), and the instant is when the request arrived.
 */
public final class VoteCommands {

    private VoteCommands() {
    }

    public record CastVoteCommand(String consultationId, String itemId, String ballotId, VoteChoice choice,
                                  VotingWindow window, Instant castAt) {

        @TargetAggregateIdentifier
        public String voteId() {
            return Vote.idOf(consultationId, itemId, ballotId);
        }
    }

    public record WithdrawVoteCommand(String consultationId, String itemId, String ballotId, VotingWindow window,
                                      Instant at) {

        @TargetAggregateIdentifier
        public String voteId() {
            return Vote.idOf(consultationId, itemId, ballotId);
        }
    }
}
