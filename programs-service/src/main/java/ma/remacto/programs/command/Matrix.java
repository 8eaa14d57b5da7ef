package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;

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
 * in one existing axis. Totals count the projects not cancelled, exactly.
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

    /** Own funds when none is given; partners come with at least one convention. */
    static Funding funding(Funding given) {
        if (given == null || given.kind() == null) {
            return new Funding(FundingKind.OWN, List.of(), List.of());
        }
        List<String> partners = texts(given.partners());
        List<String> conventions = texts(given.conventionRefs());
        if (given.kind() == FundingKind.OWN && !(partners.isEmpty() && conventions.isEmpty())) {
            throw new InvalidCommand("own-funding-has-no-partners", "a project on own funds names no partners or conventions");
        }
        if (given.kind() == FundingKind.PARTNERS && conventions.isEmpty()) {
            throw new InvalidCommand("convention-required", "a project funded with partners names at least one convention");
        }
        return new Funding(given.kind(), partners, conventions);
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

    void on(AxisAddedEvent event) {
        axes.put(event.number(), event);
    }

    void on(ProjectAddedEvent event) {
        projects.put(event.number(), new ProjectState(event));
    }

    void on(ProjectRevisedEvent event) {
        projects.get(event.number()).on(event);
    }

    void on(ProgressReportedEvent event) {
        projects.get(event.number()).on(event);
    }
}
