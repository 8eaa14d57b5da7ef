package ma.remacto.network.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's follow-up of the charter: for each of the five commitments, in the charter's order,
 * its follow-ups, latest first (an empty list when none is recorded).
 */
public record CharterFollowUpView(String collectivityId, List<CommitmentFollowUps> commitments) {

    public record CommitmentFollowUps(String commitment, int number, List<FollowUp> followUps) {
    }

    /** {@code on} is the business date of the evidence, {@code recordedAt} when the platform stored it. */
    public record FollowUp(String evidence, LocalDate on, String reason, Instant recordedAt) {
    }
}
