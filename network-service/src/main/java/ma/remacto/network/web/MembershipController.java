package ma.remacto.network.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
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
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> decideAdmission(@PathVariable String id, @Valid @RequestBody AdmissionRequest request,
                                        Authorized authorized) {
        commands.send(new DecideAdmissionCommand(id, request.decision(), request.decidedOn(), request.indicators()),
                authorized.actor(), id, request.reason());
        return Map.of("id", id, "change", request.decision().name());
    }

    @PostMapping("/charter-signature")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    Map<String, String> signCharter(@PathVariable String id, @Valid @RequestBody CharterSignature request,
                                    Authorized authorized) {
        commands.send(new SignCharterCommand(id, request.signedOn(), request.signatory()), authorized.actor(), id,
                request.reason());
        return Map.of("id", id, "change", "CHARTER_SIGNED");
    }

    @PostMapping("/suspension")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> suspend(@PathVariable String id, @Valid @RequestBody DatedChange request, Authorized authorized) {
        commands.send(new SuspendMembershipCommand(id, request.on()), authorized.actor(), id, request.reason());
        return Map.of("id", id, "change", "SUSPENDED");
    }

    @PostMapping("/reinstatement")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> reinstate(@PathVariable String id, @Valid @RequestBody DatedChange request, Authorized authorized) {
        commands.send(new ReinstateMembershipCommand(id, request.on()), authorized.actor(), id, request.reason());
        return Map.of("id", id, "change", "REINSTATED");
    }

    @PostMapping("/withdrawal")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> withdraw(@PathVariable String id, @Valid @RequestBody DatedChange request, Authorized authorized) {
        commands.send(new WithdrawMembershipCommand(id, request.on()), authorized.actor(), id, request.reason());
        return Map.of("id", id, "change", "WITHDRAWN");
    }

    @PostMapping("/reapplication")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> reapply(@PathVariable String id, @Valid @RequestBody DatedChange request, Authorized authorized) {
        commands.send(new ReapplyCommand(id, request.on()), authorized.actor(), id, request.reason());
        return Map.of("id", id, "change", "REAPPLIED");
    }
}
