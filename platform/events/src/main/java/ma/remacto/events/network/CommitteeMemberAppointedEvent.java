package ma.remacto.events.network;

import ma.remacto.events.Gender;
import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * Someone joined a collectivity's openness committee. Committee members act in a public
 * capacity; where their names are not documented, the collectivity enters the role title.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 * @param fullName       the member's name, or the title of the office when the name is not documented
 * @param role           the role in the committee
 * @param gender         for the committee's gender balance
 * @param appointedOn    the business date of the appointment
 */
@PublishedEvent(context = "network")
public record CommitteeMemberAppointedEvent(
        String collectivityId,
        String memberId,
        String fullName,
        CommitteeRole role,
        Gender gender,
        LocalDate appointedOn) {
}
