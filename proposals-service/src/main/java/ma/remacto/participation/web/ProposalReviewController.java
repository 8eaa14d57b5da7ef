package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.web.NotFound;
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

/**
 * What happens to a proposal after it is submitted: the collectivity reviews and moderates it
 * (its admins and the operators); its author, and only its author, withdraws it (the process
 * checks who the author is).
 */
@RestController
@RequestMapping(ProposalController.PATH + "/{id}")
class ProposalReviewController {

    private final Commands commands;
    private final Directory directory;

    ProposalReviewController(Commands commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/review")
    Map<String, String> review(@PathVariable String id, @Valid @RequestBody Review request) {
        Directory.Owner proposal = proposal(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(proposal.collectivityId());
        commands.send(new ReviewProposalCommand(proposal.processId(), id, request.decision(), request.reason(),
                request.mergedInto()), actor, proposal.collectivityId(), request.reason());
        return Map.of("id", id, "change", request.decision().name());
    }

    @PostMapping("/withdrawal")
    Map<String, String> withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal request) {
        Directory.Owner proposal = proposal(id);
        Actor actor = Callers.requireCitizen(Caller.current());
        commands.send(new WithdrawProposalCommand(proposal.processId(), id, actor.subject()), actor,
                proposal.collectivityId(), request == null ? null : request.reason());
        return Map.of("id", id, "change", "WITHDRAWN");
    }

    @PostMapping("/hiding")
    Map<String, String> hide(@PathVariable String id, @Valid @RequestBody Hiding request) {
        Directory.Owner proposal = proposal(id);
        Actor actor = Caller.current().requireOperatorOrAdminOf(proposal.collectivityId());
        commands.send(new HideProposalCommand(proposal.processId(), id, request.reason()), actor,
                proposal.collectivityId(), request.reason());
        return Map.of("id", id, "change", "HIDDEN");
    }

    private Directory.Owner proposal(String id) {
        return directory.proposal(id).orElseThrow(() -> new NotFound("proposal", id));
    }
}
