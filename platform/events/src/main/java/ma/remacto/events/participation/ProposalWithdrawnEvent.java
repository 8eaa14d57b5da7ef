package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * The author withdrew a proposal.
 *
 * @param proposalId the proposal
 */
@PublishedEvent(context = "participation")
public record ProposalWithdrawnEvent(String proposalId) {
}
