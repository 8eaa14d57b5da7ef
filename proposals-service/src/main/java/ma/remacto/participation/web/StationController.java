package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.NotFound;
import ma.remacto.participation.command.StationCommands.CancelStationCommand;
import ma.remacto.participation.command.StationCommands.HoldStationCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.StationQueries;
import ma.remacto.participation.query.StationView;
import ma.remacto.participation.web.StationRequests.Attendance;
import ma.remacto.participation.web.StationRequests.Cancellation;
import ma.remacto.participation.web.StationRequests.Held;
import ma.remacto.participation.web.StationRequests.NewStation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The dated stations of a process and who came: for operators and the admins of its collectivity. */
@RestController
@RequestMapping("/api/processes/{id}/stations")
class StationController {

    private final Commands commands;
    private final Directory directory;
    private final StationQueries stations;

    StationController(Commands commands, Directory directory, StationQueries stations) {
        this.commands = commands;
        this.directory = directory;
        this.stations = stations;
    }

    @PostMapping
    ResponseEntity<Created> plan(@PathVariable String id, @Valid @RequestBody NewStation request) {
        Directory.Owner process = process(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(process.collectivityId());
        String stationId = Ids.givenOrNew(request.id());
        List<AgendaSlot> agenda = request.agenda() == null ? List.of() : request.agenda().stream()
                .map(slot -> new AgendaSlot(slot.startsAt(), slot.endsAt(), slot.title())).toList();
        commands.send(new PlanStationCommand(id, stationId, request.kind(), request.title(), request.startsOn(),
                request.endsOn(), request.place(), agenda), actor, process.collectivityId(), request.reason());
        return Created.at("/api/processes/" + id + "/stations", stationId);
    }

    @PostMapping("/{stationId}/held")
    Map<String, String> held(@PathVariable String id, @PathVariable String stationId,
                             @Valid @RequestBody(required = false) Held request) {
        Directory.Owner process = process(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(process.collectivityId());
        commands.send(new HoldStationCommand(id, stationId), actor, process.collectivityId(),
                request == null ? null : request.reason());
        return Map.of("id", stationId, "change", "HELD");
    }

    @PostMapping("/{stationId}/cancellation")
    Map<String, String> cancel(@PathVariable String id, @PathVariable String stationId,
                               @Valid @RequestBody Cancellation request) {
        Directory.Owner process = process(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(process.collectivityId());
        commands.send(new CancelStationCommand(id, stationId, request.reason()), actor, process.collectivityId(),
                request.reason());
        return Map.of("id", stationId, "change", "CANCELLED");
    }

    @PostMapping("/{stationId}/attendance")
    Map<String, String> attendance(@PathVariable String id, @PathVariable String stationId,
                                   @Valid @RequestBody Attendance request) {
        Directory.Owner process = process(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(process.collectivityId());
        commands.send(new RecordAttendanceCommand(id, stationId, request.women(), request.men(),
                request.unspecified() == null ? 0 : request.unspecified(),
                request.byCategory() == null ? Map.of() : request.byCategory(), request.proposalsCollected()),
                actor, process.collectivityId(), request.reason());
        return Map.of("id", stationId, "change", "ATTENDANCE_RECORDED");
    }

    @GetMapping("/{stationId}")
    StationView get(@PathVariable String id, @PathVariable String stationId) {
        return stations.find(id, stationId).orElseThrow(() -> new NotFound("station", stationId));
    }

    private Directory.Owner process(String id) {
        return directory.process(id).orElseThrow(() -> new NotFound("process", id));
    }
}
