package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * Someone left a collectivity's openness committee. The reason travels in the {@code reason} metadata.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 * @param removedOn      the business date of the removal
 */
@PublishedEvent(context = "network")
public record CommitteeMemberRemovedEvent(String collectivityId, String memberId, LocalDate removedOn) {
}
