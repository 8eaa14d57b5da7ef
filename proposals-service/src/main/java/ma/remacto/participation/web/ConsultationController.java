package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ConsultationCommands.CloseConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ExtendConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationResults;
import ma.remacto.participation.query.ConsultationStatus;
import ma.remacto.participation.query.ConsultationSummary;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.web.ConsultationRequests.Closing;
import ma.remacto.participation.web.ConsultationRequests.Extension;
import ma.remacto.participation.web.ConsultationRequests.NewConsultation;
import ma.remacto.participation.web.ConsultationRequests.Tally;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Consultations of a process: opened, closed early or extended (with a reason), and their paper
 * ballots tallied, by operators and the admins of its collectivity; listed, with their status, and
 * their results read by anyone, online and in-person apart and together, never who voted what.
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
                request.items().stream().map(c -> new ItemCount(c.itemId(), c.votesFor(), c.votesAgainst())).toList(),
                Instant.now()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "stationId", request.stationId(), "change", "TALLY_RECORDED");
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "consultation:{id}")
    @PostMapping(PATH + "/{id}/close")
    Map<String, String> close(@PathVariable String id, @Valid @RequestBody Closing request, Authorized authorized) {
        Directory.Owner consultation = directory.consultation(id).orElseThrow(() -> new NotFound("consultation", id));
        commands.send(new CloseConsultationCommand(consultation.processId(), id, request.reason(), Instant.now()),
                authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "change", "CLOSED");
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "consultation:{id}")
    @PostMapping(PATH + "/{id}/extend")
    Map<String, String> extend(@PathVariable String id, @Valid @RequestBody Extension request, Authorized authorized) {
        Directory.Owner consultation = directory.consultation(id).orElseThrow(() -> new NotFound("consultation", id));
        commands.send(new ExtendConsultationCommand(consultation.processId(), id, request.closesAt().toInstant(),
                request.reason(), Instant.now()), authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "change", "EXTENDED");
    }

    /** A process's consultations, upcoming, open and closed, or those of one status. */
    @GetMapping("/api/processes/{id}/consultations")
    Page<ConsultationSummary> ofProcess(@PathVariable String id, @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String after,
                                        @RequestParam(required = false) Integer limit) {
        ConsultationStatus wanted = status == null ? null : ConsultationStatus.parameter(status);
        if (directory.process(id).isEmpty()) {
            throw new NotFound("process", id);
        }
        return consultations.list(id, null, wanted, after, Page.limit(limit));
    }

    /** Consultations of every process, or of one collectivity, for citizens to find them. */
    @GetMapping(PATH)
    Page<ConsultationSummary> list(@RequestParam(required = false) String collectivityId,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(required = false) String after,
                                   @RequestParam(required = false) Integer limit) {
        ConsultationStatus wanted = status == null ? null : ConsultationStatus.parameter(status);
        return consultations.list(null, collectivityId, wanted, after, Page.limit(limit));
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
