package ma.remacto.events.programs;

import ma.remacto.events.DocumentRef;
import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A public document was attached to a program (the program itself as a PDF, the council's
 * deliberation, minutes, a press release) or to one of its progress reports. The file stays in
 * programs-service's database, downloadable by anyone; the event names it with its SHA-256.
 *
 * @param programId     the program
 * @param projectNumber the project whose progress report the document belongs to; {@code null} for a
 *                      document of the program itself
 * @param progressAsOf  the date of that progress report; {@code null} for a document of the program itself
 * @param document      the document, with its kind, size and SHA-256
 */
@PublishedEvent(context = "programs")
public record ProgramDocumentAttachedEvent(String programId, Integer projectNumber, LocalDate progressAsOf,
                                           DocumentRef document) {
}
