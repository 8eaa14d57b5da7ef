package ma.remacto.reporting.query;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A collectivity's open action program at a date: its matrix as the council adopted it and as the
 * revisions dated by then left it, and the progress reported by then. Money is in dirhams and,
 * like durations (months) and percents, an exact decimal. A project is cancelled by a revision or
 * by a progress report saying so; a cancelled project counts in no total, no progress and no delay.
 *
 * @param status              {@code DRAFT}, {@code IN_CONSULTATION}, {@code ADOPTED}, {@code IN_EXECUTION} or
 *                            {@code CLOSED}: the last status dated by then
 * @param history             the statuses dated by then, in order
 * @param adoption            the council's adoption, when dated by then; {@code null} otherwise
 * @param totalCostMad        the cost of the projects not cancelled, after the revisions dated by then
 * @param adoptedTotalCostMad the total the council adopted; {@code null} before the adoption
 * @param progressPercent     progress weighted by cost over the projects not cancelled, rounded to two decimals
 *                            (a project without a report counts for 0); {@code null} before the adoption,
 *                            when a program has no progress
 * @param revisions           the revisions dated by then, in order
 * @param lateProjects        projects whose planned end (the start of the program's period plus the duration)
 *                            is before the date and that are neither completed nor cancelled; {@code null}
 *                            before the adoption, when nothing can be late
 * @param evaluations         committee evaluations of periods ended by then
 * @param latestEvaluation    the one of the latest period; {@code null} when none
 * @param adoptionStation     the council session linked to the program as its adoption, when dated by then
 *                            (its status says whether it was held); {@code null} otherwise
 * @param monitoringMeetings  the other stations linked to the program and dated by then: the monitoring
 *                            meetings with civil society of a program in execution, in date order
 */
public record ProgramDashboard(
        String id,
        String collectivityId,
        String title,
        int startYear,
        int endYear,
        String status,
        List<StatusChange> history,
        Adoption adoption,
        BigDecimal totalCostMad,
        BigDecimal adoptedTotalCostMad,
        BigDecimal progressPercent,
        List<Axis> axes,
        List<Revision> revisions,
        Long lateProjects,
        long evaluations,
        Evaluation latestEvaluation,
        LinkedStation adoptionStation,
        List<LinkedStation> monitoringMeetings) {

    public record StatusChange(String status, LocalDate on) {
    }

    /** {@code deliberationRef} is {@code null} when not known. */
    public record Adoption(String session, LocalDate adoptedOn, String deliberationRef) {
    }

    /** An axis with the totals of its projects now and as adopted ({@code null} before the adoption). */
    public record Axis(int number, String titleAr, String titleFr, BigDecimal totalCostMad,
                       BigDecimal adoptedTotalCostMad, List<Project> projects) {
    }

    /**
     * A project at the date. {@code adopted…} are {@code null} before the adoption; {@code status},
     * {@code percent} and {@code progressAsOf} come from the latest report by then ({@code NOT_STARTED},
     * 0 and {@code null} without one, the percent {@code null} before the adoption; {@code CANCELLED}
     * once a revision cancelled it). {@code plannedEnd} is the project's start when given, else the
     * first day of the program's period, plus the duration (a month's fraction in days of 30);
     * {@code null} before the adoption. {@code fundingKind} is {@code null} when the funding is unknown.
     */
    public record Project(int number, String titleAr, String titleFr, BigDecimal durationMonths, BigDecimal costMad,
                          BigDecimal adoptedDurationMonths, BigDecimal adoptedCostMad, String fundingKind,
                          String status, BigDecimal percent, LocalDate progressAsOf, LocalDate plannedEnd,
                          boolean late, boolean cancelled) {
    }

    /** A revision of project {@code number}: its new values ({@code null} when unchanged) and the reason given. */
    public record Revision(int number, LocalDate revisedOn, BigDecimal costMad, BigDecimal durationMonths,
                           String titleAr, String titleFr, boolean cancelled, String reason) {
    }

    /** A station linked to the program; {@code attendance} is {@code null} until counted, {@code endsOn} when not known. */
    public record LinkedStation(String id, String processId, String kind, String title, LocalDate startsOn,
                                LocalDate endsOn, String place, String status, Integer attendance) {
    }

    /** An evaluation with the committee's findings per project, as recorded. */
    public record Evaluation(String id, LocalDate periodFrom, LocalDate periodTo, @JsonRawValue String findings) {
    }
}
