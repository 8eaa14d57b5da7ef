package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import ma.remacto.programs.command.ProgramCommands.CloseProgramCommand;
import ma.remacto.programs.command.ProgramCommands.PutToConsultationCommand;
import ma.remacto.programs.command.ProgramStatus;
import ma.remacto.programs.web.ProgramRequests.Adoption;
import ma.remacto.programs.web.ProgramRequests.Closing;
import ma.remacto.programs.web.ProgramRequests.Consultation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A program's life: to consultation, adopted by the council, closed. Execution starts with the first progress report. */
@RestController
@RequestMapping(ProgramController.PATH + "/{id}")
class LifecycleController {

    private final Commands commands;

    LifecycleController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/consultation")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    Map<String, String> consult(@PathVariable String id, @Valid @RequestBody Consultation request,
                                Authorized authorized) {
        commands.send(new PutToConsultationCommand(id, request.on()), authorized.actor(), authorized.collectivityId(),
                request.reason());
        return Map.of("id", id, "status", ProgramStatus.IN_CONSULTATION.name());
    }

    @PostMapping("/adoption")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    Map<String, String> adopt(@PathVariable String id, @Valid @RequestBody Adoption request, Authorized authorized) {
        commands.send(new AdoptProgramCommand(id, request.session(), request.adoptedOn(), request.deliberationRef()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "status", ProgramStatus.ADOPTED.name());
    }

    @PostMapping("/closing")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    Map<String, String> close(@PathVariable String id, @Valid @RequestBody Closing request, Authorized authorized) {
        commands.send(new CloseProgramCommand(id, request.on()), authorized.actor(), authorized.collectivityId(),
                request.reason());
        return Map.of("id", id, "status", ProgramStatus.CLOSED.name());
    }
}
