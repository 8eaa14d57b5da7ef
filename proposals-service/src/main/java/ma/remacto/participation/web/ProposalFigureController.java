package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.participation.command.StationCommands.ReportProposalsFigureCommand;
import ma.remacto.participation.web.StationRequests.ProposalsFigure;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Figures of proposals that held stations reported without entering them one by one ("about
 * 100"): for operators and the admins of the process's collectivity. The process's page shows them
 * apart from its proposals.
 */
@RestController
class ProposalFigureController {

    private final Commands commands;

    ProposalFigureController(Commands commands) {
        this.commands = commands;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping("/api/processes/{id}/proposal-figures")
    Map<String, String> report(@PathVariable String id, @Valid @RequestBody ProposalsFigure request, Authorized authorized) {
        commands.send(new ReportProposalsFigureCommand(id, request.stationIds(), request.proposals(),
                Boolean.TRUE.equals(request.approximate())), authorized.actor(), authorized.collectivityId(),
                request.reason());
        return Map.of("id", id, "change", "PROPOSALS_FIGURE_REPORTED");
    }
}
