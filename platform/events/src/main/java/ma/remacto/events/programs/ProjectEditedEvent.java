package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project of a program's matrix was edited before the program's adoption: it now stands as
 * given, whole (after adoption a project changes only through a revision with a reason). Its
 * links to proposals are unchanged: they change through {@link ProposalLinkedEvent} and
 * {@link ProposalUnlinkedEvent}.
 *
 * @param programId      the program
 * @param number         the project's number in the matrix
 * @param axis           the number of its axis
 * @param titleAr        its title in Arabic, or {@code null} when it has only a French one
 * @param titleFr        its title in French, or {@code null}
 * @param durationMonths planned duration in months (may be fractional)
 * @param costMad        cost in dirhams, exact
 * @param funding        own funds or partners under conventions; {@code null} when unknown
 * @param startsOn       when the project starts, or {@code null}: its planned end then counts from the
 *                       program's start
 * @param principles     the principles of openness it serves (may be empty)
 */
@PublishedEvent(context = "programs")
public record ProjectEditedEvent(String programId, int number, int axis, String titleAr, String titleFr,
                                 BigDecimal durationMonths, BigDecimal costMad, Funding funding, LocalDate startsOn,
                                 List<OpennessPrinciple> principles) {
}
