package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.util.List;

/**
 * Paper ballots counted at a station were recorded; a later tally for the same station replaces
 * the earlier one.
 *
 * @param consultationId the consultation
 * @param stationId      where the ballots were cast
 * @param items          the counts per item
 */
@PublishedEvent(context = "participation")
public record InPersonTallyRecordedEvent(String consultationId, String stationId, List<ItemTally> items) {

    /**
     * @param itemId  the item
     * @param votesFor     ballots for
     * @param votesAgainst ballots against
     */
    public record ItemTally(String itemId, int votesFor, int votesAgainst) {
    }
}
