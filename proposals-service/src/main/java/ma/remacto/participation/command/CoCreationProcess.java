package ma.remacto.participation.command;

import ma.remacto.events.SealedText;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.ConsultationCommands.CloseConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ExtendConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;
import ma.remacto.participation.command.ProposalCommands.HideProposalCommand;
import ma.remacto.participation.command.ProposalCommands.ReviewProposalCommand;
import ma.remacto.participation.command.ProposalCommands.SubmitProposalCommand;
import ma.remacto.participation.command.ProposalCommands.WithdrawProposalCommand;
import ma.remacto.participation.command.StationCommands.AttachStationDocumentCommand;
import ma.remacto.participation.command.StationCommands.CancelStationCommand;
import ma.remacto.participation.command.StationCommands.EditStationCommand;
import ma.remacto.participation.command.StationCommands.HoldStationCommand;
import ma.remacto.participation.command.StationCommands.LinkStationToProgramCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.command.StationCommands.ReportProposalsFigureCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collectivity's co-creation process for one program cycle, with its stations, proposals and
 * consultations as entities ({@link Stations}, {@link Proposals}, {@link Consultations}). They
 * live in this one aggregate because their rules cross: proposals are taken only while ideas are
 * collected and from the process's own stations, a proposal merges into another of the same
 * process, a consultation opens only in the consultation phase and on the process's proposals,
 * and a tally counts at one of its stations. One aggregate decides all of that consistently. A
 * process holds hundreds of proposals, not tens of thousands; the votes, which do run to tens of
 * thousands, are aggregates of their own ({@link Vote}).
 */
@Aggregate
public class CoCreationProcess {

    /** A cycle is one year ({@code 2025}) or a range of years ({@code 2025-2026}). */
    private static final Pattern CYCLE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    /** A program cycle never outlasts a council's six-year term. */
    static final int MAX_CYCLE_YEARS_APART = 6;

    @AggregateIdentifier
    private String id;
    private String collectivityId;
    private ProcessPhase phase;
    private final Stations stations = new Stations();
    private final Proposals proposals = new Proposals();
    private final Consultations consultations = new Consultations();

    protected CoCreationProcess() {
    }

    @CommandHandler
    public CoCreationProcess(OpenCoCreationProcessCommand command) {
        String title = Text.required(command.title(), "title-required", "a co-creation process's title");
        String cycle = command.cycle() == null ? "" : command.cycle().strip();
        Matcher years = CYCLE.matcher(cycle);
        if (!years.matches()) {
            throw new InvalidCommand("invalid-cycle", "a cycle is a year or a range of years such as 2025-2026, not '"
                    + cycle + "'");
        }
        if (years.group(2) != null) {
            int start = Integer.parseInt(years.group(1));
            int end = Integer.parseInt(years.group(2));
            if (end < start) {
                throw new InvalidCommand("cycle-reversed", "the cycle " + cycle + " ends before it starts");
            }
            if (end - start > MAX_CYCLE_YEARS_APART) {
                throw new InvalidCommand("cycle-too-long", "the cycle " + cycle + " spans more than "
                        + MAX_CYCLE_YEARS_APART + " years");
            }
        }
        apply(new CoCreationProcessOpenedEvent(command.processId(), command.collectivityId(), title, cycle));
    }

    /** Phases only move forward: idea collection → consultation → closed. */
    @CommandHandler
    public void handle(ChangeProcessPhaseCommand command) {
        if (command.phase() == null || command.on() == null) {
            throw new InvalidCommand("invalid-phase-change", "a phase change needs the new phase and its date");
        }
        if (command.phase().compareTo(phase) <= 0) {
            throw new RuleViolation("phase-not-forward", "the process is in " + phase + " and cannot move to "
                    + command.phase() + ": phases go IDEA_COLLECTION → CONSULTATION → CLOSED");
        }
        apply(new ProcessPhaseChangedEvent(id, command.phase(), command.on()));
    }

    @CommandHandler
    public void handle(PlanStationCommand command) {
        apply(stations.plan(id, command));
    }

    @CommandHandler
    public void handle(EditStationCommand command) {
        apply(stations.edit(id, command));
    }

    @CommandHandler
    public void handle(HoldStationCommand command) {
        stations.requirePlanned(command.stationId(), "held");
        apply(new StationHeldEvent(id, command.stationId()));
    }

    @CommandHandler
    public void handle(CancelStationCommand command) {
        Text.required(command.reason(), "reason-required", "the reason for cancelling a station");
        stations.requirePlanned(command.stationId(), "cancelled");
        apply(new StationCancelledEvent(id, command.stationId()));
    }

    /** A later record for the same station replaces the earlier one (read models keep the latest). */
    @CommandHandler
    public void handle(RecordAttendanceCommand command) {
        stations.checkAttendance(command);
        apply(new AttendanceRecordedEvent(id, command.stationId(), command.women(), command.men(), command.unspecified(),
                command.byCategory() == null ? Map.of() : Map.copyOf(command.byCategory()), command.proposalsCollected()));
    }

    /** A later figure for the same stations replaces the earlier one (read models keep the latest). */
    @CommandHandler
    public void handle(ReportProposalsFigureCommand command) {
        apply(stations.reportFigure(id, command));
    }

    /** The document was stored in this command's transaction: a refusal stores nothing. */
    @CommandHandler
    public void handle(AttachStationDocumentCommand command) {
        apply(stations.attach(id, command));
    }

    @CommandHandler
    public void handle(LinkStationToProgramCommand command) {
        apply(stations.link(id, collectivityId, command));
    }

    /** The text is checked in clear, then sealed under the proposal's data key ({@link ProposalText}). */
    @CommandHandler
    public void handle(SubmitProposalCommand command, DataKeys keys) {
        requirePhase(ProcessPhase.IDEA_COLLECTION, "not-collecting-ideas", "proposals are taken while ideas are collected");
        proposals.checkSubmission(command);
        String stationId = Text.orNull(command.stationId());
        stations.checkSourceOf(command.channel(), stationId);
        String proposalId = command.proposalId();
        String author = command.authorId();
        List<SealedText> text = ProposalText.sealAll(keys, proposalId, author, command.title().strip(),
                command.body().strip(), Text.orNull(command.neighbourhood()));
        apply(new ProposalSubmittedEvent(proposalId, id, collectivityId, command.channel(), stationId,
                text.get(0), text.get(1), Text.orNull(command.suggestedAxis()), text.get(2),
                author, command.authorGender()));
    }

    @CommandHandler
    public void handle(ReviewProposalCommand command) {
        apply(proposals.review(command));
    }

    @CommandHandler
    public void handle(WithdrawProposalCommand command) {
        proposals.checkWithdrawal(command);
        apply(new ProposalWithdrawnEvent(command.proposalId()));
    }

    /** Hiding destroys the proposal's data key, in this command's transaction: its text reads {@code [hidden]} everywhere. */
    @CommandHandler
    public void handle(HideProposalCommand command, DataKeys keys) {
        proposals.checkHiding(command);
        keys.shred(ProposalText.keyOf(command.proposalId()), Redaction.HIDDEN);
        apply(new ProposalHiddenEvent(command.proposalId()));
    }

    @CommandHandler
    public void handle(OpenConsultationCommand command) {
        requirePhase(ProcessPhase.CONSULTATION, "not-consulting", "consultations open in the consultation phase");
        apply(consultations.open(id, collectivityId, command, proposals));
    }

    /** A later tally for the same station replaces the earlier one (read models keep the latest). */
    @CommandHandler
    public void handle(RecordInPersonTallyCommand command) {
        apply(consultations.tally(command, stations));
    }

    @CommandHandler
    public void handle(CloseConsultationCommand command) {
        apply(consultations.close(id, command));
    }

    @CommandHandler
    public void handle(ExtendConsultationCommand command) {
        apply(consultations.extend(id, command));
    }

    private void requirePhase(ProcessPhase required, String code, String rule) {
        if (phase != required) {
            throw new RuleViolation(code, rule + "; the process is in " + phase);
        }
    }

    ProcessPhase phase() {
        return phase;
    }

    @EventSourcingHandler
    void on(CoCreationProcessOpenedEvent event) {
        id = event.processId();
        collectivityId = event.collectivityId();
        phase = ProcessPhase.IDEA_COLLECTION;
    }

    @EventSourcingHandler
    void on(ProcessPhaseChangedEvent event) {
        phase = event.phase();
    }

    @EventSourcingHandler
    void on(StationPlannedEvent event) {
        stations.on(event);
    }

    @EventSourcingHandler
    void on(StationEditedEvent event) {
        stations.on(event);
    }

    @EventSourcingHandler
    void on(StationHeldEvent event) {
        stations.on(event);
    }

    @EventSourcingHandler
    void on(StationCancelledEvent event) {
        stations.on(event);
    }

    @EventSourcingHandler
    void on(ProposalSubmittedEvent event) {
        proposals.on(event);
    }

    @EventSourcingHandler
    void on(ProposalReviewedEvent event) {
        proposals.on(event);
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        proposals.on(event);
    }

    @EventSourcingHandler
    void on(ProposalHiddenEvent event) {
        proposals.on(event);
    }

    @EventSourcingHandler
    void on(ConsultationOpenedEvent event) {
        consultations.on(event);
    }

    @EventSourcingHandler
    void on(ConsultationClosedEvent event) {
        consultations.on(event);
    }

    @EventSourcingHandler
    void on(ConsultationExtendedEvent event) {
        consultations.on(event);
    }
}
