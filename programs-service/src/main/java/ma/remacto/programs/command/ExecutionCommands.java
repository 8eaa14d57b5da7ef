package ma.remacto.programs.command;

import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProjectStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of an adopted program's execution: progress reports and the committee's evaluations. */
public final class ExecutionCommands {

    private ExecutionCommands() {
    }

    /** A lower percent than the project's last one needs a reason, which travels as metadata. */
    public record ReportProgressCommand(@TargetAggregateIdentifier String programId, int number, LocalDate asOf,
                                        ProjectStatus status, BigDecimal percent, String note, String evidenceUrl) {
    }

    /** {@code design} and {@code principles} may be {@code null} (none), {@code byCivilSociety} when not said. */
    public record RecordEvaluationCommand(@TargetAggregateIdentifier String programId, String evaluationId,
                                          LocalDate periodFrom, LocalDate periodTo, List<Finding> findings,
                                          List<DesignFinding> design, Boolean byCivilSociety,
                                          List<OpennessPrinciple> principles) {
    }
}
