package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationResults;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.web.ConsultationRequests.NewConsultation;
import ma.remacto.participation.web.ConsultationRequests.Tally;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Consultations of a process: opened, and their paper ballots tallied, by operators and the
 * admins of its collectivity; their results read by anyone, online and in-person apart and
 * together, never who voted what.
 */
@RestController
class ConsultationController {

    static final String PATH = "/api/consultations";

    private final Commands commands;
    private final Directory directory;
    private final ConsultationQueries consultations;

    ConsultationController(Commands commands, Directory directory, ConsultationQueries consultations) {
        this.commands = commands;
        this.directory = directory;
        this.consultations = consultations;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/api/processes/{id}/consultations")
    ResponseEntity<Created> open(@PathVariable String id, @Valid @RequestBody NewConsultation request,
                                 Authorized authorized) {
        String consultationId = Ids.givenOrNew(request.id());
        if (directory.consultation(consultationId).isPresent()) {
            throw new RuleViolation("already-exists", "a consultation '" + consultationId + "' exists already");
        }
        commands.send(new OpenConsultationCommand(id, consultationId, request.title(),
                request.items().stream().map(item -> new NewItem(item.ref(), item.title())).toList(),
                request.opensAt().toInstant(), request.closesAt().toInstant()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Created.at(PATH, consultationId);
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "consultation:{id}")
    @PostMapping(PATH + "/{id}/in-person-tallies")
    Map<String, String> tally(@PathVariable String id, @Valid @RequestBody Tally request, Authorized authorized) {
        Directory.Owner consultation = directory.consultation(id).orElseThrow(() -> new NotFound("consultation", id));
        commands.send(new RecordInPersonTallyCommand(consultation.processId(), id, request.stationId(),
                request.items().stream().map(c -> new ItemCount(c.itemId(), c.votesFor(), c.votesAgainst())).toList()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "stationId", request.stationId(), "change", "TALLY_RECORDED");
    }

    @GetMapping(PATH + "/{id}")
    ConsultationResults get(@PathVariable String id) {
        return results(id);
    }

    @GetMapping(PATH + "/{id}/results")
    ConsultationResults results(@PathVariable String id) {
        return consultations.results(id).orElseThrow(() -> new NotFound("consultation", id));
    }
}
