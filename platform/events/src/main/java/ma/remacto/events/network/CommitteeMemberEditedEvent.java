package ma.remacto.events.network;

import ma.remacto.events.Gender;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.SealedText;

import java.time.LocalDate;

/**
 * A sitting committee member's seat was corrected: name, role, gender or appointment date. The
 * event carries every field of the seat as it now stands. The name is sealed under the seat's
 * own data key ({@code committee:<collectivityId>:<memberId>}, as on
 * {@link CommitteeMemberAppointedEvent}), so an erasure makes every copy unreadable.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 * @param fullName       the member's name, or the title of the office when the name is not documented, sealed
 * @param role           the role in the committee
 * @param gender         for the committee's gender balance
 * @param appointedOn    the business date of the appointment
 */
@PublishedEvent(context = "network")
public record CommitteeMemberEditedEvent(
        String collectivityId,
        String memberId,
        SealedText fullName,
        CommitteeRole role,
        Gender gender,
        LocalDate appointedOn) {
}
