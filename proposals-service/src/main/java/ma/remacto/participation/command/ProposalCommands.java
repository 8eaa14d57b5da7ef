package ma.remacto.participation.command;

import ma.remacto.events.Gender;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ReviewDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands on the proposals of a co-creation process (handled by the process). */
public final class ProposalCommands {

    private ProposalCommands() {
    }

    /** {@code authorId} is the citizen's pseudonymous id, or {@code null} when an admin enters it on behalf. */
    public record SubmitProposalCommand(
            @TargetAggregateIdentifier String processId, String proposalId, ProposalChannel channel, String stationId,
            String title, String body, String suggestedAxis, String neighbourhood, String authorId,
            Gender authorGender) {
    }

    public record ReviewProposalCommand(
            @TargetAggregateIdentifier String processId, String proposalId, ReviewDecision decision, String reason,
            String mergedInto) {
    }

    /** {@code requestedBy} is the pseudonymous id of whoever asks; only the author may. */
    public record WithdrawProposalCommand(
            @TargetAggregateIdentifier String processId, String proposalId, String requestedBy) {
    }

    public record HideProposalCommand(@TargetAggregateIdentifier String processId, String proposalId, String reason) {
    }
}
