package ma.remacto.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.network.command.MembershipCommands.FollowUpCharterCommitmentCommand;
import ma.remacto.network.query.CharterFollowUpQueries;
import ma.remacto.network.query.CharterFollowUpView;
import ma.remacto.network.query.CollectivityQueries;
import ma.remacto.network.reference.Charter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * The network's charter (reference data, read by anyone) and each member's follow-up of its five
 * commitments, recorded by the member's admin or an operator.
 */
@RestController
class CharterController {

    /** {@code on}: the date of the evidence, today when left out. */
    record FollowUp(@NotNull CharterCommitment commitment, @NotBlank @Size(max = 4000) String evidence, LocalDate on,
                    @Size(max = 2000) String reason) {
    }

    private final Commands commands;
    private final CharterFollowUpQueries followUps;
    private final CollectivityQueries collectivities;

    CharterController(Commands commands, CharterFollowUpQueries followUps, CollectivityQueries collectivities) {
        this.commands = commands;
        this.followUps = followUps;
        this.collectivities = collectivities;
    }

    @GetMapping("/api/network/charter")
    Charter charter() {
        return Charter.REMACTO;
    }

    @PostMapping("/api/collectivities/{id}/charter/follow-ups")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    @ResponseStatus(HttpStatus.CREATED)
    Change followUp(@PathVariable String id, @Valid @RequestBody FollowUp request, Authorized authorized) {
        LocalDate on = request.on() == null ? LocalDate.now() : request.on();
        commands.send(new FollowUpCharterCommitmentCommand(id, request.commitment(), request.evidence(), on),
                authorized.actor(), id, request.reason());
        return new Change(id, "FOLLOWED_UP");
    }

    @GetMapping("/api/collectivities/{id}/charter/follow-ups")
    CharterFollowUpView followUps(@PathVariable String id) {
        if (collectivities.find(id).isEmpty()) {
            throw new NotFound("collectivity", id);
        }
        return followUps.of(id);
    }
}
