package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

/**
 * An operator erased a committee member's name (Moroccan law 09-08): network-service destroyed
 * the data key that sealed it, so the name in {@link CommitteeMemberAppointedEvent} reads
 * {@code [erased]} everywhere from now on, replays included. The seat, its role, gender and
 * dates stay, so the committee's composition and gender balance do not change. The reason
 * travels in the {@code reason} metadata.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 */
@PublishedEvent(context = "network")
public record CommitteeMemberErasedEvent(String collectivityId, String memberId) {
}
