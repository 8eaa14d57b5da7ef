package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project was added to a draft program's matrix. Money is exact: dirhams as a decimal, never
 * binary floating point.
 *
 * @param programId      the program
 * @param number         the project's number in the matrix
 * @param axis           the number of its axis
 * @param titleAr        its title in Arabic
 * @param titleFr        its title in French, when given
 * @param durationMonths planned duration in months (may be fractional, e.g. 22.5)
 * @param costMad        cost in dirhams (e.g. 28000000 for 28 MDH)
 * @param funding        own funds or partners under conventions
 * @param proposalIds    retained proposals of the same collectivity that the project answers (may be empty)
 */
@PublishedEvent(context = "programs")
public record ProjectAddedEvent(
        String programId,
        int number,
        int axis,
        String titleAr,
        String titleFr,
        BigDecimal durationMonths,
        BigDecimal costMad,
        Funding funding,
        List<String> proposalIds) {
}
