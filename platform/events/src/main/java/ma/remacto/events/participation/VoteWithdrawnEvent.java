package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A citizen withdrew their vote on an item before the consultation closed.
 *
 * @param consultationId the consultation
 * @param itemId         the item
 * @param ballotId       the voter's pseudonym for this consultation
 */
@PublishedEvent(context = "participation")
public record VoteWithdrawnEvent(String consultationId, String itemId, String ballotId) {
}
