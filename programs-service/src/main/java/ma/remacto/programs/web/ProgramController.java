package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.programs.command.DraftProgramCommand;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.programs.query.ProgramSummary;
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
 * Open action programs. A new program is drafted by its collectivity's own admins (or an
 * operator helping them), as the body's {@code collectivityId} says, checked before the body is
 * read; then the collectivity's membership of the network (from the local replica) and its one
 * open program per period (from the read model: a draft made a moment ago may not show yet).
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
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "body:collectivityId")
    ResponseEntity<Created> draft(@Valid @RequestBody DraftProgramRequest request, Authorized authorized) {
        membership.requireInGoodStanding(request.collectivityId());
        String id = Ids.givenOrNew(request.id());
        DraftProgramCommand command = new DraftProgramCommand(id, request.collectivityId(), request.title(),
                request.startYear(), request.endYear());
        command.checkPeriod();
        queries.openProgramFor(request.collectivityId(), request.startYear(), request.endYear())
                .filter(existing -> !existing.equals(id))
                .ifPresent(existing -> {
                    throw new RuleViolation("program-exists-for-period", "'" + request.collectivityId()
                            + "' has program '" + existing + "' for this period already; close it first");
                });
        commands.send(command, authorized.actor(), request.collectivityId());
        return Created.at(PATH, id);
    }

    /** The program now, or with {@code view=adopted} its matrix as the council adopted it; revisions in both. */
    @GetMapping("/{id}")
    ProgramView get(@PathVariable String id, @RequestParam(defaultValue = ProgramView.NOW) String view) {
        if (!ProgramView.NOW.equals(view) && !ProgramView.ADOPTED.equals(view)) {
            throw new InvalidCommand("invalid-request", "view is 'now' or 'adopted', not '" + view + "'");
        }
        return queries.find(id, view).orElseThrow(() -> ProgramView.ADOPTED.equals(view)
                ? new NotFound("adopted matrix of program", id) : new NotFound("program", id));
    }

    @GetMapping
    Page<ProgramSummary> list(@RequestParam(required = false) String collectivityId,
                              @RequestParam(required = false) String after,
                              @RequestParam(required = false) Integer limit) {
        return queries.list(collectivityId, after, Page.limit(limit));
    }
}
