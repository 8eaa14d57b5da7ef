package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ChangeProcessPhaseCommand;
import ma.remacto.participation.command.OpenCoCreationProcessCommand;
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

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Co-creation processes, opened and moved by the operators and the admins of their collectivity
 * (named in the body when opening). The collectivity's membership of the network lives in
 * another context and is checked here, from the local replica, before any command exists.
 */
@RestController
@RequestMapping(ProcessController.PATH)
class ProcessController {

    static final String PATH = "/api/processes";

    private final Commands commands;
    private final Membership membership;
    private final ProcessQueries queries;

    ProcessController(Commands commands, Membership membership, ProcessQueries queries) {
        this.commands = commands;
        this.membership = membership;
        this.queries = queries;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "body:collectivityId")
    @PostMapping
    ResponseEntity<Created> open(@Valid @RequestBody OpenProcessRequest request, Authorized authorized) {
        membership.requireInGoodStanding(request.collectivityId());
        String id = Ids.givenOrNew(request.id());
        commands.send(new OpenCoCreationProcessCommand(id, request.collectivityId(), request.title(), request.cycle()),
                authorized.actor(), request.collectivityId());
        return Created.at(PATH, id);
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/{id}/phase")
    Map<String, String> changePhase(@PathVariable String id, @Valid @RequestBody PhaseChange request,
                                    Authorized authorized) {
        commands.send(new ChangeProcessPhaseCommand(id, request.phase(), request.on()), authorized.actor(),
                authorized.collectivityId(), request.reason());
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
