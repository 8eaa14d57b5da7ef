package ma.remacto.reporting.query;

import ma.remacto.kit.domain.Money;
import ma.remacto.reporting.query.ProgramDashboard.Axis;
import ma.remacto.reporting.query.ProgramDashboard.Project;
import ma.remacto.reporting.query.ProgramDashboard.Revision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The arithmetic of a program at a date, exact to the dirham: revisions replayed over the matrix,
 * totals now and as adopted, progress weighted by cost, planned ends and delays.
 */
final class ProgramFigures {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);
    private static final String NOT_STARTED = "NOT_STARTED";
    private static final String CANCELLED = "CANCELLED";

    private ProgramFigures() {
    }

    /**
     * A project as the draft matrix has it, with its duration and cost as adopted ({@code null} until
     * then) and its own start ({@code null} when not given).
     */
    record Planned(int number, int axis, String titleAr, String titleFr, BigDecimal durationMonths, BigDecimal costMad,
                   String fundingKind, BigDecimal adoptedDurationMonths, BigDecimal adoptedCostMad,
                   LocalDate startsOn) {
    }

    /** A project's latest progress report by the date. */
    record Report(String status, BigDecimal percent, LocalDate asOf) {
    }

    /**
     * The project after the revisions given (those dated by {@code asOf}, in order), with its latest
     * report. {@code adopted} says whether the program was adopted by {@code asOf}: until then it has
     * no planned end, no delay and no progress. The planned end counts from the project's own start
     * when given, else from {@code programStart}, the first day of the program's period.
     */
    static Project project(Planned planned, List<Revision> revisions, Report report, boolean adopted,
                           LocalDate programStart, LocalDate asOf) {
        String titleAr = planned.titleAr();
        String titleFr = planned.titleFr();
        BigDecimal duration = planned.durationMonths();
        BigDecimal cost = planned.costMad();
        boolean cancelled = false;
        for (Revision revision : revisions) {
            if (revision.number() == planned.number()) {
                titleAr = changed(revision.titleAr(), titleAr);
                titleFr = changed(revision.titleFr(), titleFr);
                duration = changed(revision.durationMonths(), duration);
                cost = changed(revision.costMad(), cost);
                cancelled |= revision.cancelled();
            }
        }
        String status = cancelled ? CANCELLED : report == null ? NOT_STARTED : report.status();
        cancelled |= CANCELLED.equals(status);
        LocalDate startsOn = planned.startsOn() == null ? programStart : planned.startsOn();
        LocalDate plannedEnd = adopted ? plannedEnd(startsOn, duration) : null;
        boolean late = plannedEnd != null && plannedEnd.isBefore(asOf) && !cancelled && !"COMPLETED".equals(status);
        BigDecimal percent = report != null ? plain(report.percent()) : adopted ? BigDecimal.ZERO : null;
        return new Project(planned.number(), titleAr, titleFr, plain(duration), plain(cost),
                adopted ? plain(planned.adoptedDurationMonths()) : null, adopted ? plain(planned.adoptedCostMad()) : null,
                planned.fundingKind(), status, percent,
                report == null ? null : report.asOf(), plannedEnd, late, cancelled);
    }

    /** An axis with the cost of its projects not cancelled, and its total as adopted when adopted. */
    static Axis axis(int number, String titleAr, String titleFr, List<Project> projects, boolean adopted) {
        BigDecimal adoptedTotal = adopted ? sum(projects, Project::adoptedCostMad) : null;
        return new Axis(number, titleAr, titleFr, sum(live(projects), Project::costMad), adoptedTotal, projects);
    }

    /**
     * Progress weighted by cost over the projects not cancelled, rounded to two decimals, as
     * programs-service computes it: when they cost nothing, each counts the same; 0 without any.
     */
    static BigDecimal progressPercent(List<Project> projects) {
        List<Project> live = live(projects);
        if (live.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal total = sum(live, Project::costMad);
        if (total.signum() == 0) {
            return Money.plain(sum(live, Project::percent)
                    .divide(BigDecimal.valueOf(live.size()), 2, RoundingMode.HALF_UP));
        }
        BigDecimal done = sum(live, project -> project.costMad().multiply(project.percent()));
        return Money.plain(done.divide(total, 2, RoundingMode.HALF_UP));
    }

    /** The start plus the duration, a month's fraction counted in days of 30 (0.5 month = 15 days). */
    static LocalDate plannedEnd(LocalDate startsOn, BigDecimal durationMonths) {
        BigDecimal months = durationMonths.setScale(0, RoundingMode.FLOOR);
        long days = durationMonths.subtract(months).multiply(DAYS_PER_MONTH).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return startsOn.plusMonths(months.longValueExact()).plusDays(days);
    }

    /** The sum, written as an exact plain number; {@code null} terms count for nothing. */
    static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return Money.plain(items.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Money.plain(value);
    }

    /** A revision's value, or the one before when the revision leaves it unchanged ({@code null}). */
    private static <T> T changed(T revised, T before) {
        return revised == null ? before : revised;
    }

    private static List<Project> live(List<Project> projects) {
        return projects.stream().filter(project -> !project.cancelled()).toList();
    }
}
