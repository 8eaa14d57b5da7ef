package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A program's period ended and it was closed; the reason travels in the {@code reason} metadata.
 *
 * @param programId the program
 * @param on        the business date
 */
@PublishedEvent(context = "programs")
public record ProgramClosedEvent(String programId, LocalDate on) {
}
