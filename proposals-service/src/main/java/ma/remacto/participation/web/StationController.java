package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.participation.command.StationCommands.CancelStationCommand;
import ma.remacto.participation.command.StationCommands.EditStationCommand;
import ma.remacto.participation.command.StationCommands.HoldStationCommand;
import ma.remacto.participation.command.StationCommands.LinkStationToProgramCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.query.Programs;
import ma.remacto.participation.query.StationQueries;
import ma.remacto.participation.query.StationView;
import ma.remacto.participation.web.StationRequests.Attendance;
import ma.remacto.participation.web.StationRequests.Cancellation;
import ma.remacto.participation.web.StationRequests.EditedStation;
import ma.remacto.participation.web.StationRequests.Held;
import ma.remacto.participation.web.StationRequests.NewStation;
import ma.remacto.participation.web.StationRequests.ProgramLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * The dated stations of a process and who came: for operators and the admins of its collectivity.
 * A planned station can be edited; attendance is recorded once it is held. A council-adoption
 * station or a monitoring meeting is linked to the program it concerns.
 */
@RestController
@RequestMapping("/api/processes/{id}/stations")
class StationController {

    private final Commands commands;
    private final StationQueries stations;
    private final Programs programs;

    StationController(Commands commands, StationQueries stations, Programs programs) {
        this.commands = commands;
        this.stations = stations;
        this.programs = programs;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping
    ResponseEntity<Created> plan(@PathVariable String id, @Valid @RequestBody NewStation request,
                                 Authorized authorized) {
        String stationId = Ids.givenOrNew(request.id());
        commands.send(new PlanStationCommand(id, stationId, request.kind(), request.title(), request.startsOn(),
                request.endsOn(), request.place(), agenda(request.agenda())), authorized.actor(), authorized.collectivityId(), request.reason());
        return Created.at("/api/processes/" + id + "/stations", stationId);
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PutMapping("/{stationId}")
    Map<String, String> edit(@PathVariable String id, @PathVariable String stationId,
                             @Valid @RequestBody EditedStation request, Authorized authorized) {
        commands.send(new EditStationCommand(id, stationId, request.kind(), request.title(), request.startsOn(),
                request.endsOn(), request.place(), agenda(request.agenda())), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return Map.of("id", stationId, "change", "EDITED");
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/{stationId}/held")
    Map<String, String> held(@PathVariable String id, @PathVariable String stationId,
                             @Valid @RequestBody(required = false) Held request, Authorized authorized) {
        commands.send(new HoldStationCommand(id, stationId), authorized.actor(), authorized.collectivityId(),
                request == null ? null : request.reason());
        return Map.of("id", stationId, "change", "HELD");
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/{stationId}/cancellation")
    Map<String, String> cancel(@PathVariable String id, @PathVariable String stationId,
                               @Valid @RequestBody Cancellation request, Authorized authorized) {
        commands.send(new CancelStationCommand(id, stationId, request.reason()), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return Map.of("id", stationId, "change", "CANCELLED");
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/{stationId}/attendance")
    Map<String, String> attendance(@PathVariable String id, @PathVariable String stationId,
                                   @Valid @RequestBody Attendance request, Authorized authorized) {
        commands.send(new RecordAttendanceCommand(id, stationId, request.women(), request.men(),
                request.unspecified() == null ? 0 : request.unspecified(),
                request.byCategory() == null ? Map.of() : request.byCategory(), request.proposalsCollected()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", stationId, "change", "ATTENDANCE_RECORDED");
    }

    /** The program's collectivity and status come from this service's replica of the programs topic. */
    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PutMapping("/{stationId}/program")
    Map<String, String> program(@PathVariable String id, @PathVariable String stationId,
                                @Valid @RequestBody ProgramLink request, Authorized authorized) {
        commands.send(new LinkStationToProgramCommand(id, stationId, request.programId(),
                programs.find(request.programId()).orElse(null)), authorized.actor(), authorized.collectivityId(),
                request.reason());
        return Map.of("id", stationId, "change", "LINKED_TO_PROGRAM", "programId", request.programId());
    }

    private static List<AgendaSlot> agenda(List<StationRequests.Slot> slots) {
        return slots == null ? List.of() : slots.stream()
                .map(slot -> new AgendaSlot(slot.startsAt(), slot.endsAt(), slot.title())).toList();
    }

    @GetMapping("/{stationId}")
    StationView get(@PathVariable String id, @PathVariable String stationId) {
        return stations.find(id, stationId).orElseThrow(() -> new NotFound("station", stationId));
    }
}
