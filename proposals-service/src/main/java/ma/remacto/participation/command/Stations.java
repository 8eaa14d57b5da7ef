package ma.remacto.participation.command;

import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.StationCommands.AttachStationDocumentCommand;
import ma.remacto.participation.command.StationCommands.EditStationCommand;
import ma.remacto.participation.command.StationCommands.LinkStationToProgramCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.command.StationCommands.ReportProposalsFigureCommand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stations of one process, as its aggregate sees them: which exist, of what kind, and whether
 * each is planned, held or cancelled. A planned station has not taken place yet, and a cancelled
 * one never will: neither has attendance or in-person proposals; a cancelled one has no ballots.
 */
final class Stations {

    private record Known(StationKind kind, StationStatus status) {
    }

    private final Map<String, Known> stations = new HashMap<>();

    StationPlannedEvent plan(String processId, PlanStationCommand command) {
        if (stations.containsKey(command.stationId())) {
            throw new RuleViolation("station-id-used", "the process has a station '" + command.stationId() + "' already");
        }
        StationDetails details = StationDetails.checked(command.kind(), command.title(), command.startsOn(),
                command.endsOn(), command.place(), command.agenda());
        return new StationPlannedEvent(processId, command.stationId(), details.kind(), details.title(),
                details.startsOn(), details.endsOn(), details.place(), details.agenda());
    }

    /** A planned station's details are corrected as a whole, until it is held or cancelled. */
    StationEditedEvent edit(String processId, EditStationCommand command) {
        requirePlanned(command.stationId(), "edited");
        StationDetails details = StationDetails.checked(command.kind(), command.title(), command.startsOn(),
                command.endsOn(), command.place(), command.agenda());
        return new StationEditedEvent(processId, command.stationId(), details.kind(), details.title(),
                details.startsOn(), details.endsOn(), details.place(), details.agenda());
    }

    /** Holding, cancelling and editing are for planned stations only. */
    void requirePlanned(String stationId, String change) {
        StationStatus status = require(stationId).status();
        if (status != StationStatus.PLANNED) {
            throw new RuleViolation("station-not-planned", "station '" + stationId + "' is " + status
                    + "; only a planned station can be " + change);
        }
    }

    /** Attendance is counted where a station took place: once it is held. */
    void checkAttendance(RecordAttendanceCommand command) {
        requireHeld(require(command.stationId()).status(), command.stationId(), "attendance is recorded");
        if (command.women() < 0 || command.men() < 0 || command.unspecified() < 0
                || command.proposalsCollected() != null && command.proposalsCollected() < 0
                || command.byCategory() != null && command.byCategory().values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new InvalidCommand("negative-count", "counts of participants and proposals are zero or more");
        }
    }

    /**
     * The station a proposal came from: one of the process's, not cancelled; an in-person proposal
     * comes from an in-person station (not the digital call) that was held; one of the equality body
     * (a consultative body of the council) from a held meeting of that body.
     */
    void checkSourceOf(ProposalChannel channel, String stationId) {
        if (stationId == null) {
            if (channel == ProposalChannel.EQUALITY_BODY) {
                throw new InvalidCommand("station-required", "a proposal of the equality body comes from one of its "
                        + "meetings: give its stationId");
            }
            return;
        }
        requireReferenced(stationId);
        Known station = stations.get(stationId);
        if (channel == ProposalChannel.EQUALITY_BODY) {
            if (station.kind() != StationKind.EQUALITY_BODY_MEETING) {
                throw new RuleViolation("not-an-equality-body-meeting", "station '" + stationId + "' is a "
                        + station.kind() + "; a proposal of the equality body comes from one of its meetings");
            }
            requireHeld(station.status(), stationId, "the equality body's proposals are taken");
            return;
        }
        if (channel != ProposalChannel.IN_PERSON) {
            return;
        }
        if (station.kind() == StationKind.DIGITAL_CALL_FOR_IDEAS) {
            throw new InvalidCommand("not-an-in-person-station", "station '" + stationId
                    + "' is the digital call; an in-person proposal comes from an in-person station");
        }
        requireHeld(station.status(), stationId, "in-person proposals are taken");
    }

    /** A figure counts proposals collected at held stations of the process, each named once. */
    ProposalsFigureReportedEvent reportFigure(String processId, ReportProposalsFigureCommand command) {
        if (command.stationIds() == null || command.stationIds().isEmpty()) {
            throw new InvalidCommand("stations-required", "a figure of proposals names the stations that collected them");
        }
        if (command.proposals() < 0) {
            throw new InvalidCommand("negative-count", "a figure of proposals is zero or more");
        }
        TreeSet<String> named = new TreeSet<>();
        for (String stationId : command.stationIds()) {
            if (!named.add(stationId)) {
                throw new InvalidCommand("duplicate-station", "station '" + stationId + "' is named twice");
            }
            requireHeld(require(stationId).status(), stationId, "proposals are counted");
        }
        return new ProposalsFigureReportedEvent(processId, List.copyOf(named), command.proposals(),
                command.approximate());
    }

    /** Any station of the process may carry public documents: minutes, a deliberation, a press release. */
    StationDocumentAttachedEvent attach(String processId, AttachStationDocumentCommand command) {
        require(command.stationId());
        if (command.document() == null) {
            throw new InvalidCommand("document-required", "a document to attach");
        }
        return new StationDocumentAttachedEvent(processId, command.stationId(), command.document());
    }

    /**
     * The council session that adopts a program, or a monitoring meeting with civil society, is
     * linked to a program of the process's collectivity; a monitoring meeting follows a program in
     * execution.
     */
    StationLinkedToProgramEvent link(String processId, String collectivityId, LinkStationToProgramCommand command) {
        Known station = require(command.stationId());
        if (station.kind() != StationKind.COUNCIL_ADOPTION && station.kind() != StationKind.MONITORING_MEETING) {
            throw new InvalidCommand("station-not-linkable", "station '" + command.stationId() + "' is a "
                    + station.kind() + "; only a COUNCIL_ADOPTION or a MONITORING_MEETING is linked to a program");
        }
        String programId = Text.required(command.programId(), "program-required", "the program");
        KnownProgram program = command.program();
        if (program == null) {
            throw new NotFound("program", programId);
        }
        if (!program.collectivityId().equals(collectivityId)) {
            throw new RuleViolation("program-of-another-collectivity", "program '" + programId
                    + "' is not a program of this process's collectivity");
        }
        if (station.kind() == StationKind.MONITORING_MEETING && program.status() != ProgramStatus.IN_EXECUTION) {
            throw new RuleViolation("program-not-in-execution", "program '" + programId + "' is " + program.status()
                    + "; a monitoring meeting follows a program in execution");
        }
        return new StationLinkedToProgramEvent(processId, command.stationId(), programId);
    }

    /** A station named in a proposal or a tally: one of the process's, and not cancelled. */
    void requireReferenced(String stationId) {
        Known station = stations.get(stationId);
        if (station == null) {
            throw new InvalidCommand("unknown-station", "'" + stationId + "' is not a station of this process");
        }
        if (station.status() == StationStatus.CANCELLED) {
            throw cancelled(stationId);
        }
    }

    private static void requireHeld(StationStatus status, String stationId, String what) {
        if (status == StationStatus.CANCELLED) {
            throw cancelled(stationId);
        }
        if (status != StationStatus.HELD) {
            throw new RuleViolation("station-not-held", "station '" + stationId + "' is " + status + "; " + what
                    + " once a station is held");
        }
    }

    private Known require(String stationId) {
        Known station = stations.get(stationId);
        if (station == null) {
            throw new NotFound("station", stationId);
        }
        return station;
    }

    private static RuleViolation cancelled(String stationId) {
        return new RuleViolation("station-cancelled", "station '" + stationId + "' was cancelled and did not take place");
    }

    void on(StationPlannedEvent event) {
        stations.put(event.stationId(), new Known(event.kind(), StationStatus.PLANNED));
    }

    void on(StationEditedEvent event) {
        stations.put(event.stationId(), new Known(event.kind(), StationStatus.PLANNED));
    }

    void on(StationHeldEvent event) {
        stations.computeIfPresent(event.stationId(), (id, station) -> new Known(station.kind(), StationStatus.HELD));
    }

    void on(StationCancelledEvent event) {
        stations.computeIfPresent(event.stationId(), (id, station) -> new Known(station.kind(), StationStatus.CANCELLED));
    }
}
