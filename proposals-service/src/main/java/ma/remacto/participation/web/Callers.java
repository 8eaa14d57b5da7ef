package ma.remacto.participation.web;

import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.Forbidden;
import ma.remacto.kit.security.Role;

/** Checks on the caller that the service kit's {@link Caller} does not offer. */
final class Callers {

    private Callers() {
    }

    /** A citizen, acting for themself under their pseudonymous subject. */
    static Actor requireCitizen(Caller caller) {
        if (caller.roles().contains(Role.CITIZEN)) {
            return new Actor(caller.subject(), Role.CITIZEN);
        }
        throw new Forbidden("only a citizen may do this, for themself");
    }

    /** Whether the current caller, if any, moderates the collectivity's proposals (its admins and operators). */
    static boolean moderates(String collectivityId) {
        try {
            Caller.current().requireOperatorOrAdminOf(collectivityId);
            return true;
        } catch (Forbidden anonymousOrNotAllowed) {
            return false;
        }
    }
}
