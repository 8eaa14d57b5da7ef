package ma.remacto.kit.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of the current request, read from the validated JWT (never from
 * bare headers), with the checks every service applies before it sends a command.
 */
public record Caller(String subject, Set<Role> roles, String collectivity) {

    public static final String ROLES_CLAIM = "roles";
    public static final String COLLECTIVITY_CLAIM = "collectivity";

    /** The caller of the current request; fails with 401 semantics when there is none. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            throw new Forbidden("this operation needs an authenticated caller");
        }
        List<String> claimed = jwt.getToken().getClaimAsStringList(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            claimed.stream()
                    .filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return new Caller(jwt.getToken().getSubject(), roles, jwt.getToken().getClaimAsString(COLLECTIVITY_CLAIM));
    }

    /** Allows network operators only. */
    public Actor requireOperator() {
        if (roles.contains(Role.NETWORK_OPERATOR)) {
            return new Actor(subject, Role.NETWORK_OPERATOR);
        }
        throw new Forbidden("only a network operator may do this");
    }

    /** Allows analysts, who read the event streams, and network operators. */
    public Actor requireAnalyst() {
        if (roles.contains(Role.ANALYST)) {
            return new Actor(subject, Role.ANALYST);
        }
        if (roles.contains(Role.NETWORK_OPERATOR)) {
            return new Actor(subject, Role.NETWORK_OPERATOR);
        }
        throw new Forbidden("only an analyst or a network operator may read the event streams");
    }

    /** Allows network operators and the admins of the given collectivity. */
    public Actor requireOperatorOrAdminOf(String collectivityId) {
        if (roles.contains(Role.NETWORK_OPERATOR)) {
            return new Actor(subject, Role.NETWORK_OPERATOR);
        }
        if (roles.contains(Role.COLLECTIVITY_ADMIN) && collectivity != null
                && Objects.equals(collectivity, collectivityId)) {
            return new Actor(subject, Role.COLLECTIVITY_ADMIN);
        }
        throw new Forbidden("only a network operator or an admin of collectivity '" + collectivityId + "' may do this");
    }

    /** Allows the admins of the given collectivity only (operators act for the network, not for a member). */
    public Actor requireAdminOf(String collectivityId) {
        if (roles.contains(Role.COLLECTIVITY_ADMIN) && Objects.equals(collectivity, collectivityId)) {
            return new Actor(subject, Role.COLLECTIVITY_ADMIN);
        }
        throw new Forbidden("only an admin of collectivity '" + collectivityId + "' may do this");
    }
}
