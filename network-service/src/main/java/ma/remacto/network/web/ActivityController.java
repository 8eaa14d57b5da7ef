package ma.remacto.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.SupportAxis;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.network.command.NetworkActivity.RecordAttendanceCommand;
import ma.remacto.network.command.NetworkActivity.RecordNetworkActivityCommand;
import ma.remacto.network.command.NetworkActivity.TagActivityCommand;
import ma.remacto.network.query.ActivityQueries;
import ma.remacto.network.query.ActivityView;
import ma.remacto.network.query.CollectivityQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Trainings and meetings the network runs for its members, with who attended. */
@RestController
@RequestMapping(ActivityController.PATH)
class ActivityController {

    static final String PATH = "/api/network/activities";

    /** {@code axis}: the DGCT support program's axis the activity serves, when known. */
    record NewActivity(@Pattern(regexp = Ids.SLUG) String id, @NotNull ActivityKind kind,
                       @NotBlank @Size(max = 500) String title, @NotNull LocalDate heldOn, @Size(max = 300) String place,
                       SupportAxis axis) {
    }

    record Tag(@NotNull SupportAxis axis, @Size(max = 2000) String reason) {
    }

    record Attendance(@NotEmpty @Size(max = 2000) List<@Pattern(regexp = Ids.SLUG) String> collectivityIds) {
    }

    private final Commands commands;
    private final ActivityQueries activities;
    private final CollectivityQueries collectivities;

    ActivityController(Commands commands, ActivityQueries activities, CollectivityQueries collectivities) {
        this.commands = commands;
        this.activities = activities;
        this.collectivities = collectivities;
    }

    @PostMapping
    @Allow(Role.NETWORK_OPERATOR)
    ResponseEntity<Created> record(@Valid @RequestBody NewActivity request, Authorized authorized) {
        String id = Ids.givenOrNew(request.id());
        commands.send(new RecordNetworkActivityCommand(id, request.kind(), request.title(), request.heldOn(),
                request.place(), request.axis()), authorized.actor(), null);
        return Created.at(PATH, id);
    }

    /** Tags an activity recorded earlier (or corrects its tag) with the support program's axis it serves. */
    @PutMapping("/{id}/axis")
    @Allow(Role.NETWORK_OPERATOR)
    Change tag(@PathVariable String id, @Valid @RequestBody Tag request, Authorized authorized) {
        commands.send(new TagActivityCommand(id, request.axis()), authorized.actor(), null, request.reason());
        return new Change(id, "TAGGED");
    }

    @PostMapping("/{id}/attendance")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, Object> attendance(@PathVariable String id, @Valid @RequestBody Attendance request,
                                   Authorized authorized) {
        List<String> unknown = collectivities.unknown(request.collectivityIds());
        if (!unknown.isEmpty()) {
            throw new InvalidCommand("unknown-collectivity", "not registered with the network: " + String.join(", ", unknown));
        }
        int added = commands.send(new RecordAttendanceCommand(id, request.collectivityIds()), authorized.actor(), null);
        return Map.of("id", id, "added", added);
    }

    @GetMapping("/{id}")
    ActivityView get(@PathVariable String id) {
        return activities.find(id).orElseThrow(() -> new NotFound("activity", id));
    }

    @GetMapping
    Page<ActivityView> list(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return activities.list(after, Page.limit(limit));
    }
}
