package ma.remacto.programs.command;

import ma.remacto.kit.domain.Checks;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.Money;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One project of the matrix as its program sees it: its figures, funding and linked proposals,
 * whether it is cancelled, its last percent.
 */
final class ProjectState {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int number;
    private int axis;
    private String titleAr;
    private String titleFr;
    private BigDecimal durationMonths;
    private BigDecimal costMad;
    private Funding funding;
    private LocalDate startsOn;
    private List<OpennessPrinciple> principles;
    private final Set<String> proposalIds = new LinkedHashSet<>();
    private boolean cancelled;
    private BigDecimal percent = BigDecimal.ZERO;

    ProjectState(ProjectAddedEvent event) {
        number = event.number();
        axis = event.axis();
        titleAr = event.titleAr();
        titleFr = event.titleFr();
        durationMonths = event.durationMonths();
        costMad = event.costMad();
        funding = event.funding();
        startsOn = event.startsOn();
        principles = event.principles() == null ? List.of() : event.principles();
        if (event.proposalIds() != null) {
            proposalIds.addAll(event.proposalIds());
        }
    }

    /** A project lasts more than nothing and costs nothing or more. */
    static void checkFigures(BigDecimal durationMonths, BigDecimal costMad) {
        if (durationMonths == null || durationMonths.signum() <= 0) {
            throw new InvalidCommand("invalid-duration", "a project lasts more than 0 months, not " + durationMonths);
        }
        if (costMad == null || costMad.signum() < 0) {
            throw new InvalidCommand("invalid-cost", "a project's cost is 0 dirhams or more, not " + costMad);
        }
    }

    /** The revision a command asks for, with only the fields that really change. */
    ProjectRevisedEvent revise(String programId, ReviseProjectCommand command) {
        requireNotCancelled();
        if (command.titleAr() != null && command.titleAr().isBlank()) {
            throw new InvalidCommand("title-required", "a project keeps an Arabic title");
        }
        checkFigures(command.durationMonths() == null ? durationMonths : command.durationMonths(),
                command.costMad() == null ? costMad : command.costMad());
        BigDecimal cost = changed(command.costMad(), costMad);
        BigDecimal duration = changed(command.durationMonths(), durationMonths);
        String ar = changed(command.titleAr(), titleAr);
        String fr = changed(command.titleFr(), titleFr);
        if (cost == null && duration == null && ar == null && fr == null && !command.cancelled()) {
            throw new InvalidCommand("nothing-to-revise", "the revision changes nothing in project " + number);
        }
        return new ProjectRevisedEvent(programId, number, command.revisedOn(), cost, duration, ar, fr,
                command.cancelled());
    }

    /** Whether the project stands exactly as an edit would leave it. */
    boolean standsAs(ProjectEditedEvent edit) {
        return axis == edit.axis() && Objects.equals(titleAr, edit.titleAr()) && Objects.equals(titleFr, edit.titleFr())
                && durationMonths.compareTo(edit.durationMonths()) == 0 && costMad.compareTo(edit.costMad()) == 0
                && Objects.equals(funding, edit.funding()) && Objects.equals(startsOn, edit.startsOn())
                && principles.equals(edit.principles());
    }

    boolean linked(String proposalId) {
        return proposalIds.contains(proposalId);
    }

    /** A progress report: a cancelled project takes none, and the percent goes down only with a reason. */
    ProgressReportedEvent report(String programId, ReportProgressCommand command, String reason) {
        requireNotCancelled();
        if (command.status() == ProjectStatus.CANCELLED) {
            throw new InvalidCommand("cancel-through-revision",
                    "a project is cancelled by a revision with a reason, not by a progress report");
        }
        BigDecimal given = command.percent();
        if (given == null || given.signum() < 0 || given.compareTo(HUNDRED) > 0) {
            throw new InvalidCommand("invalid-percent", "progress is between 0 and 100 percent, not " + given);
        }
        if (command.status() == ProjectStatus.COMPLETED && given.compareTo(HUNDRED) != 0) {
            throw new InvalidCommand("completed-means-100", "a completed project is at 100 percent, not " + given);
        }
        if (given.compareTo(percent) < 0 && (reason == null || reason.isBlank())) {
            throw new InvalidCommand("percent-decrease-needs-reason", "project " + number + " goes down from "
                    + Money.plain(percent) + " to " + Money.plain(given) + " percent: say why");
        }
        return new ProgressReportedEvent(programId, number, command.asOf(), command.status(), Money.plain(given),
                Checks.blankToNull(command.note()), Checks.blankToNull(command.evidenceUrl()));
    }

    /**
     * How an imported row differs from this project, one error per differing column; empty when
     * identical. The optional columns count only when the row fills them.
     */
    List<RowError> differences(MatrixRow row, Titles title) {
        List<RowError> errors = new ArrayList<>();
        String exists = "project " + number + " exists with ";
        if (row.axis() != axis) {
            errors.add(new RowError(row.row(), "axis", exists + "axis " + axis));
        }
        if (!title.matches(titleAr, titleFr)) {
            errors.add(new RowError(row.row(), "title", exists + "the title '"
                    + (title.ar() != null ? titleAr : titleFr) + "'"));
        }
        if (row.durationMonths().compareTo(durationMonths) != 0) {
            errors.add(new RowError(row.row(), "durationMonths", exists + Money.plain(durationMonths) + " months"));
        }
        if (row.costMad().compareTo(costMad) != 0) {
            errors.add(new RowError(row.row(), "costMdh", exists + "a cost of " + Money.plain(costMad) + " dirhams"));
        }
        if (row.funding() != null && !row.funding().equals(funding)) {
            errors.add(new RowError(row.row(), "funding", exists + (funding == null ? "an unknown funding"
                    : "funding " + funding.kind() + " " + funding.partners() + " " + funding.conventionRefs())));
        }
        if (row.startsOn() != null && !row.startsOn().equals(startsOn)) {
            errors.add(new RowError(row.row(), "startsOn", exists + (startsOn == null ? "no start of its own"
                    : "the start " + startsOn)));
        }
        if (!row.principles().isEmpty() && !Matrix.principles(row.principles()).equals(principles)) {
            errors.add(new RowError(row.row(), "principles", exists + "the principles " + principles));
        }
        if (!row.proposalIds().isEmpty() && !Set.copyOf(row.proposalIds()).equals(proposalIds)) {
            errors.add(new RowError(row.row(), "proposals", exists + "the proposals " + proposalIds
                    + "; link or unlink them one by one"));
        }
        return errors;
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new RuleViolation("project-cancelled", "project " + number + " is cancelled");
        }
    }

    private static BigDecimal changed(BigDecimal given, BigDecimal current) {
        return given == null || given.compareTo(current) == 0 ? null : Money.plain(given);
    }

    private static String changed(String given, String current) {
        String value = Checks.blankToNull(given);
        return value == null || value.equals(current) ? null : value;
    }

    int number() {
        return number;
    }

    int axis() {
        return axis;
    }

    boolean cancelled() {
        return cancelled;
    }

    BigDecimal costMad() {
        return costMad;
    }

    /** By value, as the test fixture compares a handled aggregate with one sourced from its events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectState that && number == that.number && axis == that.axis
                && cancelled == that.cancelled && Objects.equals(titleAr, that.titleAr)
                && Objects.equals(titleFr, that.titleFr) && Objects.equals(durationMonths, that.durationMonths)
                && Objects.equals(costMad, that.costMad) && Objects.equals(percent, that.percent)
                && Objects.equals(funding, that.funding) && proposalIds.equals(that.proposalIds)
                && Objects.equals(startsOn, that.startsOn) && Objects.equals(principles, that.principles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, axis, titleAr, titleFr, durationMonths, costMad, cancelled, percent);
    }

    void on(ProjectEditedEvent event) {
        axis = event.axis();
        titleAr = event.titleAr();
        titleFr = event.titleFr();
        durationMonths = event.durationMonths();
        costMad = event.costMad();
        funding = event.funding();
        startsOn = event.startsOn();
        principles = event.principles();
    }

    void on(ProposalLinkedEvent event) {
        proposalIds.add(event.proposalId());
    }

    void on(ProposalUnlinkedEvent event) {
        proposalIds.remove(event.proposalId());
    }

    void on(ProjectRevisedEvent event) {
        costMad = event.costMad() != null ? event.costMad() : costMad;
        durationMonths = event.durationMonths() != null ? event.durationMonths() : durationMonths;
        titleAr = event.titleAr() != null ? event.titleAr() : titleAr;
        titleFr = event.titleFr() != null ? event.titleFr() : titleFr;
        cancelled = cancelled || event.cancelled();
    }

    void on(ProgressReportedEvent event) {
        percent = event.percent();
    }
}
