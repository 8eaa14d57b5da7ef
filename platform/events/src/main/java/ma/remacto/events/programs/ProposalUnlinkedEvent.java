package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * A project's link to a proposal was removed. After the program's adoption a link is removed
 * only with a reason, in the {@code reason} metadata.
 *
 * @param programId  the program
 * @param number     the project's number in the matrix
 * @param proposalId the proposal the project no longer answers
 */
@PublishedEvent(context = "programs")
public record ProposalUnlinkedEvent(String programId, int number, String proposalId) {
}
