package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.kit.domain.DomainException;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What an imported matrix adds to a program, compared with what it holds: a row identical to an
 * existing project adds nothing, a row that contradicts one is an error, and any error refuses
 * the whole file. A new axis takes its title from the first of its rows that gives one. Optional
 * columns give a funding (unknown when left empty), retained proposals to link, the project's
 * start (within the program's period) and its principles of openness.
 */
final class MatrixImportPlan {

    private final Map<Integer, AxisAddedEvent> axes = new LinkedHashMap<>();
    private final List<ProjectAddedEvent> projects = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Predicate<String> retained;
    private final Consumer<LocalDate> startCheck;
    private int unchanged;

    private MatrixImportPlan(Predicate<String> retained, Consumer<LocalDate> startCheck) {
        this.retained = retained;
        this.startCheck = startCheck;
    }

    /**
     * @param retained   whether a proposal is a retained proposal of the program's collectivity
     * @param startCheck refuses a project start outside the program's period
     */
    static MatrixImportPlan of(String programId, Matrix matrix, List<MatrixRow> rows, Predicate<String> retained,
                               Consumer<LocalDate> startCheck) {
        MatrixImportPlan plan = new MatrixImportPlan(retained, startCheck);
        if (rows == null || rows.isEmpty()) {
            throw new MatrixRefused(List.of(new RowError(2, null, "the file has no project after its header")));
        }
        Map<Integer, Integer> rowOfNumber = new HashMap<>();
        for (MatrixRow row : rows) {
            plan.axis(programId, matrix, row);
            Integer earlier = rowOfNumber.putIfAbsent(row.number(), row.row());
            if (earlier != null) {
                plan.errors.add(new RowError(row.row(), "number", "project " + row.number() + " is on row " + earlier
                        + " already"));
            } else {
                plan.project(programId, matrix, row);
            }
        }
        if (!plan.errors.isEmpty()) {
            throw new MatrixRefused(plan.errors);
        }
        return plan;
    }

    private void axis(String programId, Matrix matrix, MatrixRow row) {
        Titles title = Titles.of(row.axisTitle());
        Optional<AxisAddedEvent> existing = matrix.findAxis(row.axis());
        if (existing.isPresent()) {
            if (title != null && !title.matches(existing.get().titleAr(), existing.get().titleFr())) {
                errors.add(new RowError(row.row(), "axis", "axis " + row.axis() + " exists with another title: '"
                        + titleOf(existing.get(), title) + "'"));
            }
            return;
        }
        AxisAddedEvent planned = axes.get(row.axis());
        if (planned == null || (planned.titleAr() == null && planned.titleFr() == null)) {
            axes.put(row.axis(), new AxisAddedEvent(programId, row.axis(), title == null ? null : title.ar(),
                    title == null ? null : title.fr()));
        } else if (title != null && !title.matches(planned.titleAr(), planned.titleFr())) {
            errors.add(new RowError(row.row(), "axis", "axis " + row.axis() + " is titled '" + titleOf(planned, title)
                    + "' on an earlier row"));
        }
    }

    private void project(String programId, Matrix matrix, MatrixRow row) {
        Titles title = Titles.of(row.title());
        if (title == null) {
            errors.add(new RowError(row.row(), "title", "a project needs a title"));
            return;
        }
        if (row.durationMonths().signum() <= 0) {
            errors.add(new RowError(row.row(), "durationMonths", "a project lasts more than 0 months"));
        }
        if (row.costMad().signum() < 0) {
            errors.add(new RowError(row.row(), "costMdh", "a project's cost is 0 or more"));
        }
        Funding funding = funding(row);
        startsWithinPeriod(row);
        row.proposalIds().stream().filter(retained.negate()).forEach(proposal -> errors.add(new RowError(row.row(),
                "proposals", "'" + proposal + "' is not a retained proposal of the collectivity (or not known yet)")));
        Optional<ProjectState> existing = matrix.findProject(row.number());
        if (existing.isPresent()) {
            List<RowError> differences = existing.get().differences(row, title);
            errors.addAll(differences);
            unchanged += differences.isEmpty() ? 1 : 0;
            return;
        }
        projects.add(new ProjectAddedEvent(programId, row.number(), row.axis(), title.ar(), title.fr(),
                Money.plain(row.durationMonths()), Money.plain(row.costMad()), funding, row.proposalIds(), row.startsOn(),
                Matrix.principles(row.principles())));
    }

    private void startsWithinPeriod(MatrixRow row) {
        if (row.startsOn() != null) {
            try {
                startCheck.accept(row.startsOn());
            } catch (DomainException outside) {
                errors.add(new RowError(row.row(), "startsOn", outside.getMessage()));
            }
        }
    }

    /** The row's funding under the matrix's rules, or unknown after reporting why it is not acceptable. */
    private Funding funding(MatrixRow row) {
        try {
            return Matrix.funding(row.funding());
        } catch (InvalidCommand invalid) {
            errors.add(new RowError(row.row(), "funding", invalid.getMessage()));
            return null;
        }
    }

    private static String titleOf(AxisAddedEvent axis, Titles sameLanguage) {
        return sameLanguage.ar() != null ? axis.titleAr() : axis.titleFr();
    }

    /** The events to apply, axes first so that every project finds its axis. */
    List<Object> events() {
        List<Object> events = new ArrayList<>(axes.values());
        events.addAll(projects);
        return events;
    }

    MatrixImported result() {
        return new MatrixImported(axes.size(), projects.size(), unchanged);
    }
}
