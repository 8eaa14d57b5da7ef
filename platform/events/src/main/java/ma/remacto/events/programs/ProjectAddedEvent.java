package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project was added to a draft program's matrix. Money is exact: dirhams as a decimal, never
 * binary floating point.
 *
 * <p>Revision 2 allows an unknown funding ({@code null}: the documents often do not say how a
 * project is financed, and own funds must not be assumed) and added {@code startsOn} and
 * {@code principles}; revision 1 records read as revision 2 with no start and no principles.
 *
 * @param programId      the program
 * @param number         the project's number in the matrix
 * @param axis           the number of its axis
 * @param titleAr        its title in Arabic
 * @param titleFr        its title in French, when given
 * @param durationMonths planned duration in months (may be fractional, e.g. 22.5)
 * @param costMad        cost in dirhams (e.g. 28000000 for 28 MDH)
 * @param funding        own funds or partners under conventions; {@code null} when unknown
 * @param proposalIds    retained proposals of the same collectivity that the project answers (may be empty)
 * @param startsOn       when the project starts, when given; its planned end counts from it, else from
 *                       the program's start
 * @param principles     the principles of openness it serves (may be empty; {@code null} in revision 1
 *                       data read from the topic)
 */
@PublishedEvent(context = "programs", version = 2)
public record ProjectAddedEvent(
        String programId,
        int number,
        int axis,
        String titleAr,
        String titleFr,
        BigDecimal durationMonths,
        BigDecimal costMad,
        Funding funding,
        List<String> proposalIds,
        LocalDate startsOn,
        List<OpennessPrinciple> principles) {
}
