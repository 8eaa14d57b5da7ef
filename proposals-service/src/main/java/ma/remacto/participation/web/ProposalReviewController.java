package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.participation.command.ProposalCommands.HideProposalCommand;
import ma.remacto.participation.command.ProposalCommands.ReviewProposalCommand;
import ma.remacto.participation.command.ProposalCommands.WithdrawProposalCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.web.ProposalRequests.Hiding;
import ma.remacto.participation.web.ProposalRequests.Review;
import ma.remacto.participation.web.ProposalRequests.Withdrawal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static ma.remacto.kit.security.Role.CITIZEN;
import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * What happens to a proposal after it is submitted: the collectivity reviews and moderates it
 * (its admins and the operators); its author, and only its author, withdraws it (the process
 * compares the caller's pseudonym with the author's).
 */
@RestController
@RequestMapping(ProposalController.PATH + "/{id}")
class ProposalReviewController {

    private final Commands commands;
    private final ParticipationTargets targets;

    ProposalReviewController(Commands commands, ParticipationTargets targets) {
        this.commands = commands;
        this.targets = targets;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "proposal:{id}")
    @PostMapping("/review")
    Map<String, String> review(@PathVariable String id, @Valid @RequestBody Review request, Authorized authorized) {
        commands.send(new ReviewProposalCommand(processOf(id), id, request.decision(), request.reason(),
                request.mergedInto()), authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "change", request.decision().name());
    }

    @Allow(value = CITIZEN, target = "proposal:{id}")
    @PostMapping("/withdrawal")
    Map<String, String> withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal request,
                                 Authorized authorized) {
        commands.send(new WithdrawProposalCommand(processOf(id), id, authorized.pseudonym()), authorized.actor(),
                authorized.collectivityId(), request == null ? null : request.reason());
        return Map.of("id", id, "change", "WITHDRAWN");
    }

    /** Hiding also makes the proposal's text unreadable everywhere ({@code [hidden]}). */
    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "proposal:{id}")
    @PostMapping("/hiding")
    Map<String, String> hide(@PathVariable String id, @Valid @RequestBody Hiding request, Authorized authorized) {
        commands.send(new HideProposalCommand(processOf(id), id, request.reason()), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return Map.of("id", id, "change", "HIDDEN");
    }

    /** The proposal's process; {@code @Allow} found the proposal already. */
    private String processOf(String id) {
        return targets.owner(ParticipationTargets.PROPOSAL, id).map(Directory.Owner::processId).orElseThrow();
    }
}
