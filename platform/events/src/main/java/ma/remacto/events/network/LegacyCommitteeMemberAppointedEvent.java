package ma.remacto.events.network;

import ma.remacto.events.Gender;

import java.time.LocalDate;

/**
 * Revision 1 of {@link CommitteeMemberAppointedEvent} ({@code ma.remacto.network.CommitteeMemberAppointed.v1}),
 * which carried the member's name in clear. No longer published; its records stay on the topic
 * (retention is unlimited), and readers decode them into this record. Not a current event type.
 *
 * @param collectivityId the collectivity
 * @param memberId       the seat's id within the committee
 * @param fullName       the member's name, or the title of the office, in clear
 * @param role           the role in the committee
 * @param gender         for the committee's gender balance
 * @param appointedOn    the business date of the appointment
 */
public record LegacyCommitteeMemberAppointedEvent(
        String collectivityId,
        String memberId,
        String fullName,
        CommitteeRole role,
        Gender gender,
        LocalDate appointedOn) {
}
