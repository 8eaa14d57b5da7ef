package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An adopted program's project was revised; the reason travels in the {@code reason} metadata.
 * Fields left {@code null} are unchanged.
 *
 * @param programId      the program
 * @param number         the project
 * @param revisedOn      the business date of the revision
 * @param costMad        the new cost in dirhams, or {@code null}
 * @param durationMonths the new duration, or {@code null}
 * @param titleAr        the new Arabic title, or {@code null}
 * @param titleFr        the new French title, or {@code null}
 * @param cancelled      {@code true} when the revision cancels the project
 */
@PublishedEvent(context = "programs")
public record ProjectRevisedEvent(String programId, int number, LocalDate revisedOn, BigDecimal costMad,
                                  BigDecimal durationMonths, String titleAr, String titleFr, boolean cancelled) {
}
