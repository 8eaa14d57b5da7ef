package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * An axis without projects was removed from a program's matrix before the program's adoption.
 *
 * @param programId the program
 * @param number    the axis's number in the matrix, free to be used again
 */
@PublishedEvent(context = "programs")
public record AxisRemovedEvent(String programId, int number) {
}
