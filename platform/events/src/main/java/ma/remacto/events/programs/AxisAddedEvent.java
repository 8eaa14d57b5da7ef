package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * An axis (محور) was added to a draft program's matrix.
 *
 * @param programId the program
 * @param number    its number in the matrix (1, 2, …)
 * @param titleAr   its title in Arabic
 * @param titleFr   its title in French, when given
 */
@PublishedEvent(context = "programs")
public record AxisAddedEvent(String programId, int number, String titleAr, String titleFr) {
}
