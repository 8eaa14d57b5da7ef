package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.NotFound;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ChangeProcessPhaseCommand;
import ma.remacto.participation.command.OpenCoCreationProcessCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.ProcessQueries;
import ma.remacto.participation.query.ProcessView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Co-creation processes. Who may open one depends on the caller's token, not on the process,
 * so it is checked here, before any command exists; so is the collectivity's membership of the
 * network, which lives in another context and is known here from the local replica. Changes
 * to a process are for the operators and the admins of its collectivity.
 */
@RestController
@RequestMapping(ProcessController.PATH)
class ProcessController {

    static final String PATH = "/api/processes";

    private final Commands commands;
    private final Membership membership;
    private final ProcessQueries queries;
    private final Directory directory;

    ProcessController(Commands commands, Membership membership, ProcessQueries queries, Directory directory) {
        this.commands = commands;
        this.membership = membership;
        this.queries = queries;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<Created> open(@Valid @RequestBody OpenProcessRequest request) {
        Actor actor = Caller.current().requireOperatorOrAdminOf(request.collectivityId());
        membership.requireInGoodStanding(request.collectivityId());
        String id = Ids.givenOrNew(request.id());
        commands.send(new OpenCoCreationProcessCommand(id, request.collectivityId(), request.title(), request.cycle()),
                actor, request.collectivityId());
        return Created.at(PATH, id);
    }

    @PostMapping("/{id}/phase")
    Map<String, String> changePhase(@PathVariable String id, @Valid @RequestBody PhaseChange request) {
        Directory.Owner process = directory.process(id).orElseThrow(() -> new NotFound("process", id));
        Actor actor = Caller.current().requireOperatorOrAdminOf(process.collectivityId());
        commands.send(new ChangeProcessPhaseCommand(id, request.phase(), request.on()), actor, process.collectivityId(),
                request.reason());
        return Map.of("id", id, "phase", request.phase().name());
    }

    @GetMapping("/{id}")
    ProcessView get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFound("process", id));
    }

    @GetMapping
    Page<ProcessView> list(@RequestParam(required = false) String collectivityId,
                           @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit) {
        return queries.list(collectivityId, after, Page.limit(limit));
    }
}
