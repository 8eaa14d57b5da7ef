package ma.remacto.events.participation;

import ma.remacto.events.Gender;
import ma.remacto.events.PublishedEvent;

/**
 * A proposal was submitted to a co-creation process: by a citizen online, or entered by an
 * admin on behalf of a workshop. No personal data: the author is a pseudonymous id.
 *
 * @param proposalId     the proposal's id
 * @param processId      the process
 * @param collectivityId the collectivity running the process
 * @param channel        in person, digital platform or equality body
 * @param stationId      the station it came from, when any
 * @param title          its title, any language or script
 * @param body           its text
 * @param suggestedAxis  the program axis the author suggests, when given
 * @param neighbourhood  the neighbourhood it concerns, when given
 * @param authorId       the author's pseudonymous id; {@code null} when entered on behalf of a workshop
 * @param authorGender   the author's gender, when given; {@code null} otherwise
 */
@PublishedEvent(context = "participation")
public record ProposalSubmittedEvent(
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
