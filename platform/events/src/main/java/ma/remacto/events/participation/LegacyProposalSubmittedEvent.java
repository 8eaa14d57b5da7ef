package ma.remacto.events.participation;

import ma.remacto.events.Gender;

/**
 * Revision 1 of {@link ProposalSubmittedEvent} ({@code ma.remacto.participation.ProposalSubmitted.v1}),
 * with the text in clear, as still found on the topic among the records written before the text
 * was sealed. No longer published: readers decode such records into this record. The author id
 * of these records is the author's account id as the token carried it, not a pseudonym.
 *
 * @param proposalId     the proposal's id
 * @param processId      the process
 * @param collectivityId the collectivity running the process
 * @param channel        in person, digital platform or equality body
 * @param stationId      the station it came from, when any
 * @param title          its title, in clear
 * @param body           its text, in clear
 * @param suggestedAxis  the program axis the author suggests, when given
 * @param neighbourhood  the neighbourhood it concerns, in clear, when given
 * @param authorId       the author's id; {@code null} when entered on behalf of a workshop
 * @param authorGender   the author's gender, when given; {@code null} otherwise
 */
public record LegacyProposalSubmittedEvent(
        String proposalId,
        String processId,
        String collectivityId,
        ProposalChannel channel,
        String stationId,
        String title,
        String body,
        String suggestedAxis,
        String neighbourhood,
        String authorId,
        Gender authorGender) {
}
