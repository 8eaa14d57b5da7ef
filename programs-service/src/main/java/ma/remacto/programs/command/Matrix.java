package ma.remacto.programs.command;

import ma.remacto.kit.domain.Checks;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.AxisEditedEvent;
import ma.remacto.events.programs.AxisRemovedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.Money;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.EditAxisCommand;
import ma.remacto.programs.command.MatrixCommands.EditProjectCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A program's matrix as its aggregate sees it: axes by number, projects by number, each project
 * in one existing axis. Totals count the projects not cancelled, exactly. A member of the
 * program, so that it follows the matrix's events itself.
 */
final class Matrix {

    private final Map<Integer, AxisAddedEvent> axes = new TreeMap<>();
    private final Map<Integer, ProjectState> projects = new TreeMap<>();

    void checkAxis(int number, String titleAr) {
        positive(number, "an axis");
        if (titleAr == null || titleAr.isBlank()) {
            throw new InvalidCommand("title-required", "an axis needs an Arabic title");
        }
        if (axes.containsKey(number)) {
            throw new RuleViolation("axis-exists", "the matrix has an axis " + number + " already");
        }
    }

    void checkProject(AddProjectCommand command) {
        positive(command.number(), "a project");
        if (command.titleAr() == null || command.titleAr().isBlank()) {
            throw new InvalidCommand("title-required", "a project needs an Arabic title");
        }
        ProjectState.checkFigures(command.durationMonths(), command.costMad());
        if (projects.containsKey(command.number())) {
            throw new RuleViolation("project-exists", "the matrix has a project " + command.number() + " already");
        }
        if (!axes.containsKey(command.axis())) {
            throw new RuleViolation("unknown-axis", "the matrix has no axis " + command.axis() + ": add it first");
        }
    }

    /** Unknown ({@code null}) when none is given, never assumed to be own funds; partners come with a convention. */
    static Funding funding(Funding given) {
        if (given == null) {
            return null;
        }
        List<String> partners = texts(given.partners());
        List<String> conventions = texts(given.conventionRefs());
        if (given.kind() == null) {
            if (partners.isEmpty() && conventions.isEmpty()) {
                return null;
            }
            throw new InvalidCommand("funding-kind-required", "funding.kind: say whether partners fund the project");
        }
        if (given.kind() == FundingKind.OWN && !(partners.isEmpty() && conventions.isEmpty())) {
            throw new InvalidCommand("own-funding-has-no-partners", "a project on own funds names no partners or conventions");
        }
        if (given.kind() == FundingKind.PARTNERS && conventions.isEmpty()) {
            throw new InvalidCommand("convention-required", "a project funded with partners names at least one convention");
        }
        return new Funding(given.kind(), partners, conventions);
    }

    /** The principles a project serves, each once, in their published order; none when none is given. */
    static List<OpennessPrinciple> principles(List<OpennessPrinciple> given) {
        return given == null ? List.of() : given.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The edit an axis's new titles make, or none when they are its titles already. */
    Optional<AxisEditedEvent> edit(String programId, EditAxisCommand command) {
        AxisAddedEvent axis = axis(command.number());
        if (command.titleAr() == null || command.titleAr().isBlank()) {
            throw new InvalidCommand("title-required", "an axis needs an Arabic title");
        }
        String ar = command.titleAr().strip();
        String fr = Checks.blankToNull(command.titleFr());
        if (ar.equals(axis.titleAr()) && Objects.equals(fr, axis.titleFr())) {
            return Optional.empty();
        }
        return Optional.of(new AxisEditedEvent(programId, command.number(), ar, fr));
    }

    /** An axis goes only once its projects have been moved or removed, so that no project loses its axis. */
    AxisRemovedEvent removeAxis(String programId, int number) {
        axis(number);
        List<Integer> inAxis = projects.values().stream().filter(p -> p.axis() == number).map(ProjectState::number)
                .toList();
        if (!inAxis.isEmpty()) {
            throw new RuleViolation("axis-has-projects", "axis " + number + " still has projects " + inAxis
                    + ": move or remove them first");
        }
        return new AxisRemovedEvent(programId, number);
    }

    /** The edit a project's new figures make, or none when it stands so already. */
    Optional<ProjectEditedEvent> edit(String programId, EditProjectCommand command) {
        ProjectState project = project(command.number());
        String ar = Checks.blankToNull(command.titleAr());
        String fr = Checks.blankToNull(command.titleFr());
        if (ar == null && fr == null) {
            throw new InvalidCommand("title-required", "titleAr: a project needs a title");
        }
        ProjectState.checkFigures(command.durationMonths(), command.costMad());
        if (!axes.containsKey(command.axis())) {
            throw new RuleViolation("unknown-axis", "the matrix has no axis " + command.axis() + ": add it first");
        }
        ProjectEditedEvent edited = new ProjectEditedEvent(programId, command.number(), command.axis(), ar, fr,
                Money.plain(command.durationMonths()), Money.plain(command.costMad()), funding(command.funding()),
                command.startsOn(), principles(command.principles()));
        return project.standsAs(edited) ? Optional.empty() : Optional.of(edited);
    }

    /** An evaluation's findings: at least one, each about a project of the matrix, once. */
    void checkFindings(List<Finding> findings) {
        if (findings == null || findings.isEmpty()) {
            throw new InvalidCommand("findings-required", "an evaluation has at least one finding");
        }
        Set<Integer> seen = new HashSet<>();
        for (Finding finding : findings) {
            if (!projects.containsKey(finding.number())) {
                throw new InvalidCommand("unknown-project", "the matrix has no project " + finding.number());
            }
            if (!seen.add(finding.number())) {
                throw new InvalidCommand("duplicate-finding", "project " + finding.number() + " has two findings");
            }
        }
    }

    ProjectState project(int number) {
        ProjectState project = projects.get(number);
        if (project == null) {
            throw new NotFound("project", Integer.toString(number));
        }
        return project;
    }

    private AxisAddedEvent axis(int number) {
        AxisAddedEvent axis = axes.get(number);
        if (axis == null) {
            throw new NotFound("axis", Integer.toString(number));
        }
        return axis;
    }

    Optional<ProjectState> findProject(int number) {
        return Optional.ofNullable(projects.get(number));
    }

    Optional<AxisAddedEvent> findAxis(int number) {
        return Optional.ofNullable(axes.get(number));
    }

    boolean hasProjects() {
        return !projects.isEmpty();
    }

    BigDecimal totalCost() {
        return projects.values().stream().filter(p -> !p.cancelled()).map(ProjectState::costMad)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void positive(int number, String what) {
        if (number < 1) {
            throw new InvalidCommand("invalid-number", what + "'s number is 1 or more, not " + number);
        }
    }

    private static List<String> texts(List<String> given) {
        return given == null ? List.of() : given.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    @EventSourcingHandler
    void on(AxisAddedEvent event) {
        axes.put(event.number(), event);
    }

    @EventSourcingHandler
    void on(AxisEditedEvent event) {
        axes.put(event.number(),
                new AxisAddedEvent(event.programId(), event.number(), event.titleAr(), event.titleFr()));
    }

    @EventSourcingHandler
    void on(AxisRemovedEvent event) {
        axes.remove(event.number());
    }

    @EventSourcingHandler
    void on(ProjectAddedEvent event) {
        projects.put(event.number(), new ProjectState(event));
    }

    @EventSourcingHandler
    void on(ProjectEditedEvent event) {
        projects.get(event.number()).on(event);
    }

    @EventSourcingHandler
    void on(ProjectRemovedEvent event) {
        projects.remove(event.number());
    }

    @EventSourcingHandler
    void on(ProjectRevisedEvent event) {
        projects.get(event.number()).on(event);
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        projects.get(event.number()).on(event);
    }

    @EventSourcingHandler
    void on(ProposalLinkedEvent event) {
        projects.get(event.number()).on(event);
    }

    @EventSourcingHandler
    void on(ProposalUnlinkedEvent event) {
        projects.get(event.number()).on(event);
    }
}
