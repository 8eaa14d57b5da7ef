package ma.remacto.events.participation;

import ma.remacto.events.Gender;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.SealedText;

/**
 * A proposal was submitted to a co-creation process: by a citizen online, or entered by an
 * admin on behalf of a workshop. The author is a pseudonymous id, and what the author wrote
 * (title, text, neighbourhood) is sealed under the proposal's own data key
 * ({@code proposal:<proposalId>}), which proposals-service destroys when a moderator hides the
 * proposal or its author asks for erasure: the text is then unreadable here and everywhere it
 * was copied, while the proposal still counts.
 *
 * <p>Revision 2 sealed {@code title}, {@code body} and {@code neighbourhood}; revision 1, text in
 * clear, is {@link LegacyProposalSubmittedEvent}.
 *
 * @param proposalId     the proposal's id
 * @param processId      the process
 * @param collectivityId the collectivity running the process
 * @param channel        in person, digital platform or equality body
 * @param stationId      the station it came from, when any
 * @param title          its title, any language or script, sealed
 * @param body           its text, sealed
 * @param suggestedAxis  the program axis the author suggests, when given
 * @param neighbourhood  the neighbourhood it concerns, sealed, when given
 * @param authorId       the author's pseudonymous id; {@code null} when entered on behalf of a workshop
 * @param authorGender   the author's gender, when given; {@code null} otherwise
 */
@PublishedEvent(context = "participation", version = 2)
public record ProposalSubmittedEvent(
        String proposalId,
        String processId,
        String collectivityId,
        ProposalChannel channel,
        String stationId,
        SealedText title,
        SealedText body,
        String suggestedAxis,
        SealedText neighbourhood,
        String authorId,
        Gender authorGender) {
}
