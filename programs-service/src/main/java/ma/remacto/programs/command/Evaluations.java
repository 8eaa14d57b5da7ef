package ma.remacto.programs.command;

import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static ma.remacto.kit.domain.Checks.require;

/**
 * A program's evaluations, in the shape of OGP's Independent Reporting Mechanism: each has its
 * own id and a period, findings about projects of the matrix and, optionally, the design of
 * projects (relevance to the values of open government, potential impact). A member of the
 * program, so that it follows the evaluations itself.
 */
final class Evaluations {

    private final Set<String> ids = new HashSet<>();

    EvaluationRecordedEvent record(String programId, Matrix matrix, RecordEvaluationCommand command) {
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw new InvalidCommand("period-reversed", "the period " + command.periodFrom() + " to "
                    + command.periodTo() + " ends before it starts");
        }
        matrix.checkFindings(command.findings());
        List<DesignFinding> design = design(matrix, command.design());
        require(!ids.contains(command.evaluationId()), "evaluation-exists",
                "evaluation '" + command.evaluationId() + "' is recorded already");
        return new EvaluationRecordedEvent(programId, command.evaluationId(), command.periodFrom(), command.periodTo(),
                List.copyOf(command.findings()), design, command.byCivilSociety(),
                Matrix.principles(command.principles()));
    }

    /** Each about a project of the matrix, once, with its potential impact; values each once, in order. */
    private static List<DesignFinding> design(Matrix matrix, List<DesignFinding> given) {
        if (given == null) {
            return List.of();
        }
        Set<Integer> seen = new HashSet<>();
        for (DesignFinding finding : given) {
            if (matrix.findProject(finding.number()).isEmpty()) {
                throw new InvalidCommand("unknown-project", "design: the matrix has no project " + finding.number());
            }
            if (!seen.add(finding.number())) {
                throw new InvalidCommand("duplicate-finding", "design: project " + finding.number()
                        + " is assessed twice");
            }
            if (finding.potentialImpact() == null) {
                throw new InvalidCommand("potential-impact-required", "design: project " + finding.number()
                        + " needs its potentialImpact (NONE, MINOR, MODERATE or TRANSFORMATIVE)");
            }
        }
        return given.stream().map(finding -> new DesignFinding(finding.number(),
                Matrix.principles(finding.relevantTo()), finding.potentialImpact())).toList();
    }

    /** By value, as the test fixture compares a handled aggregate with one sourced from its events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluations that && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @EventSourcingHandler
    void on(EvaluationRecordedEvent event) {
        ids.add(event.evaluationId());
    }
}
