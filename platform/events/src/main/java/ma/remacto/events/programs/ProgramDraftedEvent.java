package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

/**
 * A collectivity started the draft of an open action program for a period of years.
 *
 * @param programId      the program's id
 * @param collectivityId the collectivity whose program it is
 * @param title          its title, in any language
 * @param startYear      first year of the period
 * @param endYear        last year of the period
 */
@PublishedEvent(context = "programs")
public record ProgramDraftedEvent(
        String programId,
        String collectivityId,
        String title,
        int startYear,
        int endYear) {
}
