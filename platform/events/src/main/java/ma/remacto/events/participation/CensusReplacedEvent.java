package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A network operator or an admin of the collectivity replaced the collectivity's census: the list
 * of national identity card numbers whose holders may verify themselves as its residents, and then
 * vote in its consultations. Only the count travels: the numbers, kept in proposals-service as
 * keyed hashes, never leave it. The audit shows who replaced the census and when.
 *
 * @param collectivityId the collectivity
 * @param entries        how many identity card numbers the new census lists
 */
@PublishedEvent(context = "participation")
public record CensusReplacedEvent(String collectivityId, int entries) {
}
