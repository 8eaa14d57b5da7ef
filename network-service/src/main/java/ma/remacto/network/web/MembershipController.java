package ma.remacto.network.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.network.command.MembershipCommands.DecideAdmissionCommand;
import ma.remacto.network.command.MembershipCommands.ReapplyCommand;
import ma.remacto.network.command.MembershipCommands.ReinstateMembershipCommand;
import ma.remacto.network.command.MembershipCommands.SignCharterCommand;
import ma.remacto.network.command.MembershipCommands.SuspendMembershipCommand;
import ma.remacto.network.command.MembershipCommands.WithdrawMembershipCommand;
import ma.remacto.network.web.MembershipRequests.CharterSignature;
import ma.remacto.network.web.MembershipRequests.DatedChange;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The life of a membership. Operators decide everything; a collectivity's admin may sign its
 * own charter. Each answer names the change; the member's new status shows on its page.
 */
@RestController
@RequestMapping("/api/collectivities/{id}")
class MembershipController {

    private final Commands commands;

    MembershipController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/admission")
    Map<String, String> decideAdmission(@PathVariable String id, @Valid @RequestBody AdmissionRequest request) {
        Actor actor = Caller.current().requireOperator();
        commands.send(new DecideAdmissionCommand(id, request.decision(), request.decidedOn(), request.indicators()),
                actor, id, request.reason());
        return Map.of("id", id, "change", request.decision().name());
    }

    @PostMapping("/charter-signature")
    Map<String, String> signCharter(@PathVariable String id, @Valid @RequestBody CharterSignature request) {
        Actor actor = Caller.current().requireOperatorOrAdminOf(id);
        commands.send(new SignCharterCommand(id, request.signedOn(), request.signatory()), actor, id, request.reason());
        return Map.of("id", id, "change", "CHARTER_SIGNED");
    }

    @PostMapping("/suspension")
    Map<String, String> suspend(@PathVariable String id, @Valid @RequestBody DatedChange request) {
        commands.send(new SuspendMembershipCommand(id, request.on()), Caller.current().requireOperator(), id,
                request.reason());
        return Map.of("id", id, "change", "SUSPENDED");
    }

    @PostMapping("/reinstatement")
    Map<String, String> reinstate(@PathVariable String id, @Valid @RequestBody DatedChange request) {
        commands.send(new ReinstateMembershipCommand(id, request.on()), Caller.current().requireOperator(), id,
                request.reason());
        return Map.of("id", id, "change", "REINSTATED");
    }

    @PostMapping("/withdrawal")
    Map<String, String> withdraw(@PathVariable String id, @Valid @RequestBody DatedChange request) {
        commands.send(new WithdrawMembershipCommand(id, request.on()), Caller.current().requireOperator(), id,
                request.reason());
        return Map.of("id", id, "change", "WITHDRAWN");
    }

    @PostMapping("/reapplication")
    Map<String, String> reapply(@PathVariable String id, @Valid @RequestBody DatedChange request) {
        commands.send(new ReapplyCommand(id, request.on()), Caller.current().requireOperator(), id, request.reason());
        return Map.of("id", id, "change", "REAPPLIED");
    }
}
