package ma.remacto.kit.security;

import ma.remacto.kit.web.ApiException;
import ma.remacto.tokens.Claims;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of the current request, read from the validated token (never from
 * bare headers).
 *
 * @param subject      the token's subject: it never leaves the service (events carry {@link Pseudonyms})
 * @param roles        the platform roles the token carries
 * @param collectivity for a collectivity admin, the collectivity they act for
 * @param residence    for a citizen, the collectivity the trusted issuer vouches they reside in
 */
public record Caller(String subject, Set<Role> roles, String collectivity, String residence) {

    public static final String ROLES_CLAIM = Claims.ROLES;
    public static final String COLLECTIVITY_CLAIM = Claims.COLLECTIVITY;

    /** The caller of the current request; 401 when there is none. */
    public static Caller current() {
        return find().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                "this operation needs an authenticated caller"));
    }

    /** The caller of the current request, or empty for an anonymous one. */
    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            return Optional.empty();
        }
        List<String> claimed = jwt.getToken().getClaimAsStringList(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            claimed.stream()
                    .filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return Optional.of(new Caller(jwt.getToken().getSubject(), roles,
                jwt.getToken().getClaimAsString(COLLECTIVITY_CLAIM), jwt.getToken().getClaimAsString(Claims.RESIDENCE)));
    }
}
