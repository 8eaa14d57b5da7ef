package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.programs.command.MatrixCommands.EditAxisCommand;
import ma.remacto.programs.command.MatrixCommands.EditProjectCommand;
import ma.remacto.programs.command.MatrixCommands.LinkProposalCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveAxisCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveProjectCommand;
import ma.remacto.programs.command.MatrixCommands.UnlinkProposalCommand;
import ma.remacto.programs.web.DraftEditRequests.AxisEditRequest;
import ma.remacto.programs.web.DraftEditRequests.MatrixChange;
import ma.remacto.programs.web.DraftEditRequests.ProjectEditRequest;
import ma.remacto.programs.web.DraftEditRequests.Why;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draft matrix's axes and projects edited or removed (imported ones too), and a project's links
 * to retained proposals added or removed at any time, with a reason once the program is adopted.
 */
@RestController
@RequestMapping(ProgramController.PATH + "/{id}")
class DraftMatrixController {

    private final Commands commands;

    DraftMatrixController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/axes/{number}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange editAxis(@PathVariable String id, @PathVariable int number, @Valid @RequestBody AxisEditRequest request,
                          Authorized authorized) {
        commands.send(new EditAxisCommand(id, number, request.titleAr(), request.titleFr()), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return new MatrixChange(id, "axes/" + number, "EDITED");
    }

    @DeleteMapping("/axes/{number}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange removeAxis(@PathVariable String id, @PathVariable int number,
                            @Valid @RequestBody(required = false) Why why, Authorized authorized) {
        commands.send(new RemoveAxisCommand(id, number), authorized.actor(), authorized.collectivityId(), Why.of(why));
        return new MatrixChange(id, "axes/" + number, "REMOVED");
    }

    @PutMapping("/projects/{number}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange editProject(@PathVariable String id, @PathVariable int number,
                             @Valid @RequestBody ProjectEditRequest request, Authorized authorized) {
        commands.send(new EditProjectCommand(id, number, request.axis(), request.titleAr(), request.titleFr(),
                        request.durationMonths(), request.costMad(),
                        request.funding() == null ? null : request.funding().funding(), request.startsOn(),
                        request.principles()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return new MatrixChange(id, "projects/" + number, "EDITED");
    }

    @DeleteMapping("/projects/{number}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange removeProject(@PathVariable String id, @PathVariable int number,
                               @Valid @RequestBody(required = false) Why why, Authorized authorized) {
        commands.send(new RemoveProjectCommand(id, number), authorized.actor(), authorized.collectivityId(), Why.of(why));
        return new MatrixChange(id, "projects/" + number, "REMOVED");
    }

    @PutMapping("/projects/{number}/proposals/{proposalId}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange link(@PathVariable String id, @PathVariable int number, @PathVariable String proposalId,
                      @Valid @RequestBody(required = false) Why why, Authorized authorized) {
        commands.send(new LinkProposalCommand(id, number, proposalId), authorized.actor(), authorized.collectivityId(),
                Why.of(why));
        return new MatrixChange(id, "projects/" + number + "/proposals/" + proposalId, "LINKED");
    }

    @DeleteMapping("/projects/{number}/proposals/{proposalId}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixChange unlink(@PathVariable String id, @PathVariable int number, @PathVariable String proposalId,
                        @Valid @RequestBody(required = false) Why why, Authorized authorized) {
        commands.send(new UnlinkProposalCommand(id, number, proposalId), authorized.actor(),
                authorized.collectivityId(), Why.of(why));
        return new MatrixChange(id, "projects/" + number + "/proposals/" + proposalId, "UNLINKED");
    }
}
