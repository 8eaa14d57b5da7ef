package ma.remacto.programs.command;

import ma.remacto.events.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Attaches a stored document to the program, or to a progress report of one of its projects
 * ({@code projectNumber} and {@code progressAsOf} both given, or neither).
 */
public record AttachDocumentCommand(@TargetAggregateIdentifier String programId, Integer projectNumber,
                                    LocalDate progressAsOf, DocumentRef document) {
}
