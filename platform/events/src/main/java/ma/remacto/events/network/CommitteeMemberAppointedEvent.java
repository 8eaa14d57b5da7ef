package ma.remacto.events.network;

import ma.remacto.events.Gender;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.SealedText;

import java.time.LocalDate;

/**
 * Someone joined a collectivity's openness committee. Committee members act in a public
 * capacity; where their names are not documented, the collectivity enters the role title.
 *
 * <p>Revision 2 seals the name ({@link SealedText}): it is personal data, readable through
 * network-service's API until an operator erases it ({@link CommitteeMemberErasedEvent}), after
 * which it reads {@code [erased]} everywhere while the seat, role, gender and dates stay.
 * The data key's id, which is also its data subject, is
 * {@code committee:<collectivityId>:<memberId>}. Revision 1 carried the name in clear
 * ({@link LegacyCommitteeMemberAppointedEvent}); network-service's event store holds no such
 * event any more, but the topic still does.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 * @param fullName       the member's name, or the title of the office when the name is not documented, sealed
 * @param role           the role in the committee
 * @param gender         for the committee's gender balance
 * @param appointedOn    the business date of the appointment
 */
@PublishedEvent(context = "network", version = 2)
public record CommitteeMemberAppointedEvent(
        String collectivityId,
        String memberId,
        SealedText fullName,
        CommitteeRole role,
        Gender gender,
        LocalDate appointedOn) {
}
