package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A member's follow-up of one of its charter commitments: what shows it keeps the commitment,
 * as of a date. Recorded by the collectivity's admin or a network operator; each follow-up adds
 * to the earlier ones. The evidence describes the collectivity's work, never a person.
 *
 * @param collectivityId the member
 * @param commitment     which of the charter's five commitments
 * @param evidence       what shows it, in any language (e.g. a deliberation, a published program)
 * @param followedUpOn   the business date the evidence is from
 */
@PublishedEvent(context = "network")
public record CharterCommitmentFollowedUpEvent(
        String collectivityId,
        CharterCommitment commitment,
        String evidence,
        LocalDate followedUpOn) {
}
