package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A moderator hid a proposal from public lists; the reason travels in the {@code reason}
 * metadata, so the audit shows why.
 *
 * @param proposalId the proposal
 */
@PublishedEvent(context = "participation")
public record ProposalHiddenEvent(String proposalId) {
}
