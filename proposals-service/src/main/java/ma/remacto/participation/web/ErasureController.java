package ma.remacto.participation.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.participation.command.Erasure.ErasePersonalDataCommand;
import ma.remacto.participation.residence.ResidentKeys;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * A citizen erases their personal data (Moroccan law 09-08): the text of everything they wrote
 * reads {@code [erased]} from now on, everywhere, and their census verifications are forgotten.
 * Their proposals stay and still count.
 */
@RestController
class ErasureController {

    private final Commands commands;
    private final ResidentKeys keys;

    ErasureController(Commands commands, ResidentKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    /** @param proposals how many proposals' text this erasure made unreadable */
    record Erased(String erasureId, int proposals) {
    }

    @Allow(Role.CITIZEN)
    @PostMapping("/api/me/erasure")
    Erased erase(Authorized authorized) {
        String erasureId = UUID.randomUUID().toString();
        Integer proposals = commands.send(new ErasePersonalDataCommand(erasureId, authorized.pseudonym(),
                keys.account(authorized.caller().subject())), authorized.actor(), null);
        return new Erased(erasureId, proposals);
    }
}
