package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A draft program was put to consultation with the citizens.
 *
 * @param programId the program
 * @param on        the business date
 */
@PublishedEvent(context = "programs")
public record ProgramPutToConsultationEvent(String programId, LocalDate on) {
}
