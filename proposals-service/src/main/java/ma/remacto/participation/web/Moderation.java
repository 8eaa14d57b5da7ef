package ma.remacto.participation.web;

import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees hidden proposals on the public reads: the network operators and the admins of the
 * proposal's collectivity, when they call with their token; nobody else, and nobody anonymous.
 */
@Component
class Moderation {

    private final ParticipationTargets targets;

    Moderation(ParticipationTargets targets) {
        this.targets = targets;
    }

    /** Whether the current caller, if any, moderates the resource's collectivity; false for an unknown resource. */
    boolean moderates(String kind, String id) {
        Caller caller = Caller.find().orElse(null);
        if (caller == null) {
            return false;
        }
        if (caller.roles().contains(Role.NETWORK_OPERATOR)) {
            return true;
        }
        return caller.roles().contains(Role.COLLECTIVITY_ADMIN) && caller.collectivity() != null
                && targets.collectivityOf(kind, id).filter(caller.collectivity()::equals).isPresent();
    }
}
