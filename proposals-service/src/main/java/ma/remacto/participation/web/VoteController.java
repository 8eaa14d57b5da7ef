package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.participation.command.VoteCommands.CastVoteCommand;
import ma.remacto.participation.command.VoteCommands.WithdrawVoteCommand;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationView;
import ma.remacto.participation.residence.Residency;
import ma.remacto.participation.web.ConsultationRequests.Ballot;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;

/**
 * A verified resident's vote on one item of a consultation of their collectivity (403
 * {@code not-a-verified-resident} for anyone else, and nothing is recorded). The citizen acts
 * under their ballot id, which derives from their verified identity, not from their account: two
 * accounts of one person share one ballot, and neither the events nor their audit metadata tell
 * who voted what. The items come from the consultation's read model (404 until it shows the
 * consultation); the voting window is the current one, an early closing refusing votes at once.
 */
@RestController
@RequestMapping(ConsultationController.PATH + "/{id}/items/{itemId}/vote")
class VoteController {

    private final Commands commands;
    private final ConsultationQueries consultations;
    private final Residency residency;

    VoteController(Commands commands, ConsultationQueries consultations, Residency residency) {
        this.commands = commands;
        this.consultations = consultations;
        this.residency = residency;
    }

    @Allow(value = Role.CITIZEN, target = "consultation:{id}")
    @PutMapping
    Map<String, String> cast(@PathVariable String id, @PathVariable String itemId, @Valid @RequestBody Ballot request,
                             Authorized authorized) {
        String ballotId = ballotOf(id, authorized);
        ConsultationView consultation = item(id, itemId);
        CastVoteCommand command = new CastVoteCommand(id, itemId, ballotId, request.choice(), consultation.window(),
                Instant.now());
        MetaData metadata = metadata(ballotId, consultation);
        try {
            commands.send(command, metadata);
        } catch (AggregateStreamCreationException sameBallotAtOnce) {
            // Another request of this ballot created the vote first (another instance): this one is a change.
            commands.send(command, metadata);
        }
        return Map.of("consultationId", id, "itemId", itemId, "ballotId", ballotId, "choice", request.choice().name());
    }

    @Allow(value = Role.CITIZEN, target = "consultation:{id}")
    @DeleteMapping
    Map<String, String> withdraw(@PathVariable String id, @PathVariable String itemId, Authorized authorized) {
        String ballotId = ballotOf(id, authorized);
        ConsultationView consultation = item(id, itemId);
        commands.send(new WithdrawVoteCommand(id, itemId, ballotId, consultation.window(), Instant.now()),
                metadata(ballotId, consultation));
        return Map.of("consultationId", id, "itemId", itemId, "ballotId", ballotId, "change", "WITHDRAWN");
    }

    private String ballotOf(String consultationId, Authorized authorized) {
        return residency.ballot(consultationId, residency.identityIn(authorized.collectivityId(), authorized.caller()));
    }

    private ConsultationView item(String id, String itemId) {
        ConsultationView consultation = consultations.find(id).orElseThrow(() -> new NotFound("consultation", id));
        if (!consultation.hasItem(itemId)) {
            throw new NotFound("item", itemId);
        }
        return consultation;
    }

    private static MetaData metadata(String ballotId, ConsultationView consultation) {
        return Commands.metadata(new Actor(ballotId, Role.CITIZEN), consultation.collectivityId(), null,
                Commands.correlationId());
    }
}
