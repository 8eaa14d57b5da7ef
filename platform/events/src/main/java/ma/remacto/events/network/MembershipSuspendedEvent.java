package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * The network suspended a member; it still counts as a member, but may not start new work
 * (processes, programs) until reinstated. The reason travels in the {@code reason} metadata.
 *
 * @param collectivityId the member
 * @param suspendedOn    the business date of the suspension
 */
@PublishedEvent(context = "network")
public record MembershipSuspendedEvent(String collectivityId, LocalDate suspendedOn) {
}
