package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * A project was removed from a program's matrix before the program's adoption, with its links
 * to proposals; its number is free to be used again.
 *
 * @param programId the program
 * @param number    the project's number in the matrix
 */
@PublishedEvent(context = "programs")
public record ProjectRemovedEvent(String programId, int number) {
}
