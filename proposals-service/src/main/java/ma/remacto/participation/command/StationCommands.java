package ma.remacto.participation.command;

import ma.remacto.events.DocumentRef;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.StationKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The commands on the stations of a co-creation process (handled by the process). */
public final class StationCommands {

    private StationCommands() {
    }

    /** {@code endsOn} is left out when the last day is not known. */
    public record PlanStationCommand(
            @TargetAggregateIdentifier String processId, String stationId, StationKind kind, String title,
            LocalDate startsOn, LocalDate endsOn, String place, List<AgendaSlot> agenda) {
    }

    /** Replaces a planned station's details as a whole. */
    public record EditStationCommand(
            @TargetAggregateIdentifier String processId, String stationId, StationKind kind, String title,
            LocalDate startsOn, LocalDate endsOn, String place, List<AgendaSlot> agenda) {
    }

    public record HoldStationCommand(@TargetAggregateIdentifier String processId, String stationId) {
    }

    public record CancelStationCommand(@TargetAggregateIdentifier String processId, String stationId, String reason) {
    }

    public record RecordAttendanceCommand(
            @TargetAggregateIdentifier String processId, String stationId, int women, int men, int unspecified,
            Map<ParticipantCategory, Integer> byCategory, Integer proposalsCollected) {
    }

    /** A figure of proposals the given stations collected, not entered one by one; {@code approximate} for "about". */
    public record ReportProposalsFigureCommand(
            @TargetAggregateIdentifier String processId, List<String> stationIds, int proposals, boolean approximate) {
    }

    /** A document already checked and stored in this command's transaction. */
    public record AttachStationDocumentCommand(
            @TargetAggregateIdentifier String processId, String stationId, DocumentRef document) {
    }

    /** {@code program} is {@code null} when this service knows no program of that id. */
    public record LinkStationToProgramCommand(
            @TargetAggregateIdentifier String processId, String stationId, String programId, KnownProgram program) {
    }
}
