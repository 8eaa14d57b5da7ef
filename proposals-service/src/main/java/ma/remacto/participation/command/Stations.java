package ma.remacto.participation.command;

import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The stations of one process, as its aggregate sees them: which exist and whether each is
 * planned, held or cancelled. A cancelled station did not take place: it has no attendance,
 * proposals or ballots.
 */
final class Stations {

    private final Map<String, StationStatus> statuses = new HashMap<>();

    StationPlannedEvent plan(String processId, PlanStationCommand command) {
        if (statuses.containsKey(command.stationId())) {
            throw new RuleViolation("station-id-used", "the process has a station '" + command.stationId() + "' already");
        }
        if (command.kind() == null || command.startsOn() == null) {
            throw new InvalidCommand("invalid-station", "a station needs a kind and a first day");
        }
        LocalDate endsOn = command.endsOn() == null ? command.startsOn() : command.endsOn();
        if (endsOn.isBefore(command.startsOn())) {
            throw new InvalidCommand("station-ends-before-start", "a station starting on " + command.startsOn()
                    + " cannot end on " + endsOn);
        }
        return new StationPlannedEvent(processId, command.stationId(), command.kind(),
                Text.required(command.title(), "title-required", "a station's title"), command.startsOn(), endsOn,
                Text.orNull(command.place()), Agenda.checked(command.agenda()));
    }

    /** Holding and cancelling are for planned stations only. */
    void requirePlanned(String stationId, String change) {
        StationStatus status = require(stationId);
        if (status != StationStatus.PLANNED) {
            throw new RuleViolation("station-not-planned", "station '" + stationId + "' is " + status
                    + "; only a planned station can be " + change);
        }
    }

    void checkAttendance(RecordAttendanceCommand command) {
        if (require(command.stationId()) == StationStatus.CANCELLED) {
            throw cancelled(command.stationId());
        }
        if (command.women() < 0 || command.men() < 0 || command.unspecified() < 0
                || command.proposalsCollected() != null && command.proposalsCollected() < 0
                || command.byCategory() != null && command.byCategory().values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new InvalidCommand("negative-count", "counts of participants and proposals are zero or more");
        }
    }

    /** A station named in a proposal or a tally: one of the process's, and not cancelled. */
    void requireReferenced(String stationId) {
        StationStatus status = statuses.get(stationId);
        if (status == null) {
            throw new InvalidCommand("unknown-station", "'" + stationId + "' is not a station of this process");
        }
        if (status == StationStatus.CANCELLED) {
            throw cancelled(stationId);
        }
    }

    private StationStatus require(String stationId) {
        StationStatus status = statuses.get(stationId);
        if (status == null) {
            throw new NotFound("station", stationId);
        }
        return status;
    }

    private static RuleViolation cancelled(String stationId) {
        return new RuleViolation("station-cancelled", "station '" + stationId + "' was cancelled and did not take place");
    }

    void on(StationPlannedEvent event) {
        statuses.put(event.stationId(), StationStatus.PLANNED);
    }

    void on(StationHeldEvent event) {
        statuses.put(event.stationId(), StationStatus.HELD);
    }

    void on(StationCancelledEvent event) {
        statuses.put(event.stationId(), StationStatus.CANCELLED);
    }
}
