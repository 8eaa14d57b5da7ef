package ma.remacto.programs.web;

import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.Forbidden;
import ma.remacto.kit.security.Role;

/**
 * Who may write to programs at all: network operators and collectivity admins. Whether an admin
 * may act on a given program is the program's own decision (it knows its collectivity), so no
 * read model that lags can let an admin of another collectivity through.
 */
final class Writers {

    private Writers() {
    }

    static Actor actor(Caller caller) {
        if (caller.roles().contains(Role.NETWORK_OPERATOR)) {
            return new Actor(caller.subject(), Role.NETWORK_OPERATOR);
        }
        if (caller.roles().contains(Role.COLLECTIVITY_ADMIN) && caller.collectivity() != null) {
            return new Actor(caller.subject(), Role.COLLECTIVITY_ADMIN);
        }
        throw new Forbidden("only a network operator or an admin of the program's collectivity may do this");
    }
}
