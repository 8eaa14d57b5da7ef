package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A citizen voted on an item, or changed their vote: the latest cast counts. The ballot id is a
 * pseudonym specific to this consultation, so votes cannot be linked across consultations or
 * to a person.
 *
 * @param consultationId the consultation
 * @param itemId         the item
 * @param ballotId       the voter's pseudonym for this consultation
 * @param choice         for or against
 */
@PublishedEvent(context = "participation")
public record VoteCastEvent(String consultationId, String itemId, String ballotId, VoteChoice choice) {
}
