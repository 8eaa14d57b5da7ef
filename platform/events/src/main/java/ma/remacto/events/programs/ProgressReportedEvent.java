package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The collectivity reported a project's progress. A lower percent than before carries a reason
 * in the {@code reason} metadata.
 *
 * @param programId   the program
 * @param number      the project
 * @param asOf        the date the report describes
 * @param status      not started, in progress, delayed, completed or cancelled
 * @param percent     physical progress, 0 to 100
 * @param note        what was done, when given
 * @param evidenceUrl a link to evidence (photos, minutes), when given
 */
@PublishedEvent(context = "programs")
public record ProgressReportedEvent(String programId, int number, LocalDate asOf, ProjectStatus status,
                                    BigDecimal percent, String note, String evidenceUrl) {
}
