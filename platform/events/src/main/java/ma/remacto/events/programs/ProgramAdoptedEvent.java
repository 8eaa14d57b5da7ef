package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The council adopted the program; from now on its matrix changes only through revisions.
 *
 * @param programId       the program
 * @param session         the council session, e.g. "الدورة العادية لشهر أكتوبر 2025"
 * @param adoptedOn       the date of the deliberation
 * @param deliberationRef the reference of the deliberation, when known
 * @param totalCostMad    the total cost as adopted, in dirhams
 */
@PublishedEvent(context = "programs")
public record ProgramAdoptedEvent(String programId, String session, LocalDate adoptedOn, String deliberationRef,
                                  BigDecimal totalCostMad) {
}
