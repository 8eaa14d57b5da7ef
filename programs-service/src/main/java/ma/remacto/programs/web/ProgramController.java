package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.NotFound;
import ma.remacto.kit.web.Page;
import ma.remacto.programs.command.DraftProgramCommand;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.programs.query.ProgramView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open action programs. A collectivity's program is written by its own admins (or an operator
 * helping them), which depends on the caller's token, so it is checked here before any command;
 * so is the collectivity's membership of the network, known here from the local replica.
 */
@RestController
@RequestMapping(ProgramController.PATH)
class ProgramController {

    static final String PATH = "/api/programs";

    private final Commands commands;
    private final Membership membership;
    private final ProgramQueries queries;

    ProgramController(Commands commands, Membership membership, ProgramQueries queries) {
        this.commands = commands;
        this.membership = membership;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Created> draft(@Valid @RequestBody DraftProgramRequest request) {
        Actor actor = Caller.current().requireOperatorOrAdminOf(request.collectivityId());
        membership.requireInGoodStanding(request.collectivityId());
        String id = Ids.givenOrNew(request.id());
        commands.send(new DraftProgramCommand(id, request.collectivityId(), request.title(), request.startYear(),
                request.endYear()), actor, request.collectivityId());
        return Created.at(PATH, id);
    }

    @GetMapping("/{id}")
    ProgramView get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFound("program", id));
    }

    @GetMapping
    Page<ProgramView> list(@RequestParam(required = false) String collectivityId,
                           @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit) {
        return queries.list(collectivityId, after, Page.limit(limit));
    }
}
