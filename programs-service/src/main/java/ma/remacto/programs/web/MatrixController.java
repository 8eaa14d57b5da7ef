package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.programs.query.ProgramView;
import ma.remacto.programs.web.MatrixRequests.AxisRequest;
import ma.remacto.programs.web.MatrixRequests.ProjectRequest;
import ma.remacto.programs.web.MatrixRequests.RevisionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A program's matrix: axes and projects while it is a draft, revisions with a reason once adopted. */
@RestController
@RequestMapping(ProgramController.PATH + "/{id}")
class MatrixController {

    private final Commands commands;
    private final ProgramQueries queries;

    MatrixController(Commands commands, ProgramQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/axes")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    ResponseEntity<Created> addAxis(@PathVariable String id, @Valid @RequestBody AxisRequest request,
                                    Authorized authorized) {
        commands.send(new AddAxisCommand(id, request.number(), request.titleAr(), request.titleFr()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Created.at(ProgramController.PATH + "/" + id + "/axes", request.number().toString());
    }

    @PostMapping("/projects")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    ResponseEntity<Created> addProject(@PathVariable String id, @Valid @RequestBody ProjectRequest request,
                                       Authorized authorized) {
        commands.send(new AddProjectCommand(id, request.number(), request.axis(), request.titleAr(), request.titleFr(),
                request.durationMonths(), request.costMad(), request.funding() == null ? null : request.funding().funding(),
                request.proposalIds(), request.startsOn(), request.principles()), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return Created.at(ProgramController.PATH + "/" + id + "/projects", request.number().toString());
    }

    @PostMapping("/projects/{number}/revisions")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    Map<String, Object> revise(@PathVariable String id, @PathVariable int number,
                               @Valid @RequestBody RevisionRequest request, Authorized authorized) {
        commands.send(new ReviseProjectCommand(id, number, request.revisedOn(), request.costMad(),
                request.durationMonths(), request.titleAr(), request.titleFr(), Boolean.TRUE.equals(request.cancelled())),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "project", number, "change", "REVISED");
    }

    @GetMapping("/axes/{number}")
    ProgramView.Axis axis(@PathVariable String id, @PathVariable int number) {
        return program(id).axes().stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("axis", id + "/" + number));
    }

    @GetMapping("/projects/{number}")
    ProgramView.Project project(@PathVariable String id, @PathVariable int number) {
        return program(id).axes().stream().flatMap(a -> a.projects().stream()).filter(p -> p.number() == number)
                .findFirst().orElseThrow(() -> new NotFound("project", id + "/" + number));
    }

    private ProgramView program(String id) {
        return queries.find(id, ProgramView.NOW).orElseThrow(() -> new NotFound("program", id));
    }
}
