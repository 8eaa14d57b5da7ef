package ma.remacto.programs.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.Money;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.EditAxisCommand;
import ma.remacto.programs.command.MatrixCommands.EditProjectCommand;
import ma.remacto.programs.command.MatrixCommands.LinkProposalCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveAxisCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveProjectCommand;
import ma.remacto.programs.command.MatrixCommands.UnlinkProposalCommand;
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
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static ma.remacto.kit.domain.Checks.blankToNull;
import static ma.remacto.kit.domain.Checks.require;
import static ma.remacto.kit.domain.Checks.requireReason;
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
    @AggregateMember
    private final Matrix matrix = new Matrix();
    @AggregateMember
    private final Evaluations evaluations = new Evaluations();
    @AggregateMember
    private final Attachments attachments = new Attachments();

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
        proposalIds.forEach(proposalId -> requireRetained(proposals, proposalId));
        startsWithinPeriod(command.startsOn());
        emit(new ProjectAddedEvent(id, command.number(), command.axis(), command.titleAr().strip(),
                blankToNull(command.titleFr()), Money.plain(command.durationMonths()), Money.plain(command.costMad()),
                Matrix.funding(command.funding()), proposalIds, command.startsOn(),
                Matrix.principles(command.principles())));
    }

    @CommandHandler
    public void handle(EditAxisCommand command) {
        lifecycle.requireEditable();
        matrix.edit(id, command).ifPresent(this::emit);
    }

    @CommandHandler
    public void handle(RemoveAxisCommand command) {
        lifecycle.requireEditable();
        emit(matrix.removeAxis(id, command.number()));
    }

    @CommandHandler
    public void handle(EditProjectCommand command) {
        lifecycle.requireEditable();
        startsWithinPeriod(command.startsOn());
        matrix.edit(id, command).ifPresent(this::emit);
    }

    @CommandHandler
    public void handle(RemoveProjectCommand command) {
        lifecycle.requireEditable();
        matrix.project(command.number());
        emit(new ProjectRemovedEvent(id, command.number()));
    }

    /** A link already there changes nothing; after adoption a link is added only with a reason. */
    @CommandHandler
    public void handle(LinkProposalCommand command, @MetaDataValue(EventMetadata.REASON) String reason,
                       RetainedProposals proposals) {
        lifecycle.requireOpen();
        ProjectState project = matrix.project(command.number());
        String proposalId = blankToNull(command.proposalId());
        requireLinkReason(reason);
        requireRetained(proposals, proposalId);
        if (!project.linked(proposalId)) {
            emit(new ProposalLinkedEvent(id, command.number(), proposalId));
        }
    }

    @CommandHandler
    public void handle(UnlinkProposalCommand command, @MetaDataValue(EventMetadata.REASON) String reason) {
        lifecycle.requireOpen();
        ProjectState project = matrix.project(command.number());
        String proposalId = blankToNull(command.proposalId());
        if (proposalId == null || !project.linked(proposalId)) {
            throw new NotFound("proposal link", command.number() + "/" + command.proposalId());
        }
        requireLinkReason(reason);
        emit(new ProposalUnlinkedEvent(id, command.number(), proposalId));
    }

    @CommandHandler
    public MatrixImported handle(ImportMatrixCommand command, RetainedProposals proposals) {
        lifecycle.requireEditable();
        MatrixImportPlan plan = MatrixImportPlan.of(id, matrix, command.rows(),
                proposalId -> proposals.isRetained(proposalId, collectivityId), this::startsWithinPeriod);
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
        lifecycle.withinPeriod(command.asOf(), "progress is reported");
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
        emit(evaluations.record(id, matrix, command));
    }

    @CommandHandler
    public void handle(AttachDocumentCommand command) {
        emit(attachments.attach(id, command));
    }

    private void startsWithinPeriod(LocalDate startsOn) {
        if (startsOn != null) {
            lifecycle.withinPeriod(startsOn, "a project starts");
        }
    }

    private void requireRetained(RetainedProposals proposals, String proposalId) {
        require(proposalId != null && proposals.isRetained(proposalId, collectivityId), "proposal-not-retained",
                "proposal '" + proposalId + "' is not a retained proposal of '" + collectivityId
                        + "' (or is not known yet)");
    }

    /** Once the council has adopted the matrix, a change to what a project answers needs a reason. */
    private void requireLinkReason(String reason) {
        if (lifecycle.adopted() && (reason == null || reason.isBlank())) {
            throw new InvalidCommand("reason-required",
                    "reason: the program is adopted, so a project's links to proposals change only with a reason");
        }
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
        lifecycle.on(event);
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

}
