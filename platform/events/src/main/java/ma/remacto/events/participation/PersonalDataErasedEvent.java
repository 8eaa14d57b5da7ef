package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.util.List;

/**
 * A citizen asked for the erasure of their personal data (Moroccan law 09-08): proposals-service
 * destroyed the data keys of everything they wrote, so the text of the listed proposals reads
 * {@code [erased]} everywhere from now on, and forgot their census verifications. The proposals
 * themselves stay counted (status, dates and counts unchanged). The actor is the citizen's
 * pseudonym.
 *
 * @param erasureId   this erasure's id
 * @param proposalIds the proposals whose text was erased, possibly none
 */
@PublishedEvent(context = "participation")
public record PersonalDataErasedEvent(String erasureId, List<String> proposalIds) {
}
