package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A member left the network (or was withdrawn from it); it no longer counts as a member from
 * that date. It may apply again later. The reason travels in the {@code reason} metadata.
 *
 * @param collectivityId the former member
 * @param withdrawnOn    the business date of the withdrawal
 */
@PublishedEvent(context = "network")
public record MembershipWithdrawnEvent(String collectivityId, LocalDate withdrawnOn) {
}
