package ma.remacto.participation.query;

import java.time.Instant;

/**
 * A proposal as the API shows it, without its author's id. {@code reviewReason} is the reason
 * of the latest review; {@code hidden} and {@code hiddenReason} show to moderators only, as the
 * public never sees a hidden proposal.
 */
public record ProposalView(
        String id,
        String processId,
        String collectivityId,
        String channel,
        String stationId,
        String title,
        String body,
        String suggestedAxis,
        String neighbourhood,
        String authorGender,
        String status,
        String mergedInto,
        String reviewReason,
        boolean hidden,
        String hiddenReason,
        Instant submittedAt,
        Instant updatedAt) {
}
