package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * The collectivity reviewed a proposal; the reason travels in the {@code reason} metadata
 * (required when not retained or merged).
 *
 * @param proposalId the proposal
 * @param decision   under study, retained, not retained, or merged
 * @param mergedInto the proposal it was merged into, for {@code MERGED}; {@code null} otherwise
 */
@PublishedEvent(context = "participation")
public record ProposalReviewedEvent(String proposalId, ReviewDecision decision, String mergedInto) {
}
