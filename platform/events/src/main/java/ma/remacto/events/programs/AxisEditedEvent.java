package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * An axis of a program's matrix was edited before the program's adoption; its titles are now
 * the ones given (after adoption the matrix changes only through project revisions).
 *
 * @param programId the program
 * @param number    the axis's number in the matrix
 * @param titleAr   its title in Arabic
 * @param titleFr   its title in French, or {@code null} when it has none
 */
@PublishedEvent(context = "programs")
public record AxisEditedEvent(String programId, int number, String titleAr, String titleFr) {
}
