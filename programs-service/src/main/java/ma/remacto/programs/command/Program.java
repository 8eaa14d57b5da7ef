package ma.remacto.programs.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.Money;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import ma.remacto.programs.command.ProgramCommands.CloseProgramCommand;
import ma.remacto.programs.command.ProgramCommands.PutToConsultationCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static ma.remacto.programs.command.Rules.blankToNull;
import static ma.remacto.programs.command.Rules.require;
import static ma.remacto.programs.command.Rules.requireReason;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collectivity's open action program. It is one aggregate from draft to closing because
 * adoption freezes its matrix: later changes must see the whole program to be refused or
 * recorded as revisions. Who may act on it (network operators and the admins of its
 * collectivity) is decided before a command reaches it, against the program directory.
 */
@Aggregate
public class Program {

    @AggregateIdentifier
    private String id;
    private String collectivityId;
    private final Lifecycle lifecycle = new Lifecycle();
    private final Matrix matrix = new Matrix();
    private final Set<String> evaluations = new HashSet<>();

    protected Program() {
    }

    @CommandHandler
    public Program(DraftProgramCommand command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new InvalidCommand("title-required", "a program needs a title");
        }
        command.checkPeriod();
        apply(new ProgramDraftedEvent(command.programId(), command.collectivityId(), command.title().strip(),
                command.startYear(), command.endYear()));
    }

    @CommandHandler
    public void handle(PutToConsultationCommand command) {
        lifecycle.requireDraft();
        lifecycle.dated(command.on());
        emit(new ProgramPutToConsultationEvent(id, command.on()));
    }

    @CommandHandler
    public void handle(AdoptProgramCommand command) {
        lifecycle.requireInConsultation();
        require(matrix.hasProjects(), "matrix-empty", "a program is adopted with at least one project");
        if (blankToNull(command.session()) == null) {
            throw new InvalidCommand("session-required", "name the council session that adopted the program");
        }
        lifecycle.dated(command.adoptedOn());
        emit(new ProgramAdoptedEvent(id, command.session().strip(), command.adoptedOn(),
                blankToNull(command.deliberationRef()), Money.plain(matrix.totalCost())));
    }

    @CommandHandler
    public void handle(CloseProgramCommand command, @MetaDataValue(EventMetadata.REASON) String reason) {
        lifecycle.requireOpen();
        requireReason(reason);
        lifecycle.dated(command.on());
        emit(new ProgramClosedEvent(id, command.on()));
    }

    @CommandHandler
    public void handle(AddAxisCommand command) {
        lifecycle.requireEditable();
        matrix.checkAxis(command.number(), command.titleAr());
        emit(new AxisAddedEvent(id, command.number(), command.titleAr().strip(), blankToNull(command.titleFr())));
    }

    @CommandHandler
    public void handle(AddProjectCommand command, RetainedProposals proposals) {
        lifecycle.requireEditable();
        matrix.checkProject(command);
        List<String> proposalIds = command.proposalIds() == null ? List.of() : command.proposalIds().stream()
                .filter(Objects::nonNull).map(String::strip).distinct().toList();
        for (String proposalId : proposalIds) {
            require(proposals.isRetained(proposalId, collectivityId), "proposal-not-retained", "proposal '"
                    + proposalId + "' is not a retained proposal of '" + collectivityId + "' (or is not known yet)");
        }
        emit(new ProjectAddedEvent(id, command.number(), command.axis(), command.titleAr().strip(),
                blankToNull(command.titleFr()), Money.plain(command.durationMonths()), Money.plain(command.costMad()),
                Matrix.funding(command.funding()), proposalIds));
    }

    @CommandHandler
    public MatrixImported handle(ImportMatrixCommand command) {
        lifecycle.requireEditable();
        MatrixImportPlan plan = MatrixImportPlan.of(id, matrix, command.rows());
        plan.events().forEach(this::emit);
        return plan.result();
    }

    @CommandHandler
    public void handle(ReviseProjectCommand command, @MetaDataValue(EventMetadata.REASON) String reason) {
        lifecycle.requireAdopted();
        requireReason(reason);
        lifecycle.afterAdoption(command.revisedOn());
        emit(matrix.project(command.number()).revise(id, command));
    }

    /** The first progress report puts an adopted program into execution, on the report's date. */
    @CommandHandler
    public void handle(ReportProgressCommand command, @MetaDataValue(EventMetadata.REASON) String reason) {
        lifecycle.requireAdopted();
        lifecycle.afterAdoption(command.asOf());
        ProgressReportedEvent report = matrix.project(command.number()).report(id, command, reason);
        if (lifecycle.status() == ProgramStatus.ADOPTED) {
            lifecycle.dated(command.asOf());
            emit(new ProgramExecutionStartedEvent(id, command.asOf()));
        }
        emit(report);
    }

    @CommandHandler
    public void handle(RecordEvaluationCommand command) {
        lifecycle.requireEverAdopted();
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw new InvalidCommand("period-reversed", "the period " + command.periodFrom() + " to "
                    + command.periodTo() + " ends before it starts");
        }
        matrix.checkFindings(command.findings());
        require(!evaluations.contains(command.evaluationId()), "evaluation-exists",
                "evaluation '" + command.evaluationId() + "' is recorded already");
        emit(new EvaluationRecordedEvent(id, command.evaluationId(), command.periodFrom(), command.periodTo(),
                List.copyOf(command.findings())));
    }

    ProgramStatus status() {
        return lifecycle.status();
    }

    /** Events carry their collectivity whoever sent the command, an operator included. */
    private void emit(Object event) {
        apply(event, MetaData.with(EventMetadata.COLLECTIVITY, collectivityId));
    }

    @EventSourcingHandler
    void on(ProgramDraftedEvent event) {
        id = event.programId();
        collectivityId = event.collectivityId();
    }

    @EventSourcingHandler
    void on(ProgramPutToConsultationEvent event) {
        lifecycle.on(event);
    }

    @EventSourcingHandler
    void on(ProgramAdoptedEvent event) {
        lifecycle.on(event);
    }

    @EventSourcingHandler
    void on(ProgramExecutionStartedEvent event) {
        lifecycle.on(event);
    }

    @EventSourcingHandler
    void on(ProgramClosedEvent event) {
        lifecycle.on(event);
    }

    @EventSourcingHandler
    void on(AxisAddedEvent event) {
        matrix.on(event);
    }

    @EventSourcingHandler
    void on(ProjectAddedEvent event) {
        matrix.on(event);
    }

    @EventSourcingHandler
    void on(ProjectRevisedEvent event) {
        matrix.on(event);
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        matrix.on(event);
    }

    @EventSourcingHandler
    void on(EvaluationRecordedEvent event) {
        evaluations.add(event.evaluationId());
    }
}
