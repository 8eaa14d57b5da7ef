package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * A project was linked to a retained proposal of its collectivity that it answers. After the
 * program's adoption a link is added only with a reason, in the {@code reason} metadata.
 *
 * @param programId  the program
 * @param number     the project's number in the matrix
 * @param proposalId the retained proposal
 */
@PublishedEvent(context = "programs")
public record ProposalLinkedEvent(String programId, int number, String proposalId) {
}
