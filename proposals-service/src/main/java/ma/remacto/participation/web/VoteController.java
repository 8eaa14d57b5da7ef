package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.NotFound;
import ma.remacto.participation.command.VoteCommands.CastVoteCommand;
import ma.remacto.participation.command.VoteCommands.WithdrawVoteCommand;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationView;
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
 * A citizen's vote on one item. The citizen acts under their ballot id, not their token's
 * subject, so neither the events nor their audit metadata tell who voted what. The voting
 * window comes from the consultation's read model (404 until it shows the consultation).
 */
@RestController
@RequestMapping(ConsultationController.PATH + "/{id}/items/{itemId}/vote")
class VoteController {

    private final Commands commands;
    private final ConsultationQueries consultations;
    private final Ballots ballots;

    VoteController(Commands commands, ConsultationQueries consultations, Ballots ballots) {
        this.commands = commands;
        this.consultations = consultations;
        this.ballots = ballots;
    }

    @PutMapping
    Map<String, String> cast(@PathVariable String id, @PathVariable String itemId, @Valid @RequestBody Ballot request) {
        String subject = Callers.requireCitizen(Caller.current()).subject();
        ConsultationView consultation = item(id, itemId);
        String ballotId = ballots.of(id, subject);
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

    @DeleteMapping
    Map<String, String> withdraw(@PathVariable String id, @PathVariable String itemId) {
        String subject = Callers.requireCitizen(Caller.current()).subject();
        ConsultationView consultation = item(id, itemId);
        String ballotId = ballots.of(id, subject);
        commands.send(new WithdrawVoteCommand(id, itemId, ballotId, consultation.window(), Instant.now()),
                metadata(ballotId, consultation));
        return Map.of("consultationId", id, "itemId", itemId, "ballotId", ballotId, "change", "WITHDRAWN");
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
