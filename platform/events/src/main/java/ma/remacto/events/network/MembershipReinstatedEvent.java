package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A suspended member was reinstated and is in good standing again. The reason travels in the
 * {@code reason} metadata.
 *
 * @param collectivityId the member
 * @param reinstatedOn   the business date of the reinstatement
 */
@PublishedEvent(context = "network")
public record MembershipReinstatedEvent(String collectivityId, LocalDate reinstatedOn) {
}
