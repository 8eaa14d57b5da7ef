package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * An adopted program went into execution (its first progress report, or a decision).
 *
 * @param programId the program
 * @param on        the business date
 */
@PublishedEvent(context = "programs")
public record ProgramExecutionStartedEvent(String programId, LocalDate on) {
}
