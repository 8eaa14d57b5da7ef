package ma.remacto.kit.security;

import java.util.List;

/**
 * The outcome of {@link Allow} for the current request, given to the controller method that
 * declares a parameter of this type.
 *
 * @param caller         who called, from the validated token (its raw subject never leaves the service)
 * @param pseudonym      the caller's pseudonym in this service's context, which events carry as the actor
 * @param granted        the roles under which the caller may act on this target, in the endpoint's order
 * @param collectivityId the target's collectivity, when the endpoint names a target and it was found
 */
public record Authorized(Caller caller, String pseudonym, List<Role> granted, String collectivityId) {

    public Authorized {
        if (granted.isEmpty()) {
            throw new IllegalArgumentException("an authorization grants at least one role");
        }
        granted = List.copyOf(granted);
    }

    /** The actor under the endpoint's preferred granted role. */
    public Actor actor() {
        return new Actor(pseudonym, granted.get(0));
    }

    /** The actor under the given role, when it was granted for this target. */
    public Actor actorAs(Role role) {
        if (!granted.contains(role)) {
            throw new Forbidden("this needs the role " + role + " for this target");
        }
        return new Actor(pseudonym, role);
    }

    public boolean grants(Role role) {
        return granted.contains(role);
    }
}
