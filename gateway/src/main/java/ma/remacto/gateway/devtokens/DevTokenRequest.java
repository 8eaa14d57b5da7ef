package ma.remacto.gateway.devtokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Body of {@code POST /dev/tokens}: who the token speaks for. {@code residence} names the
 * collectivity the development issuer vouches the citizen lives in, as a real provider would.
 */
record DevTokenRequest(String sub, List<String> roles, String collectivity, String residence) {

    static final Set<String> ROLES = Set.of("NETWORK_OPERATOR", "COLLECTIVITY_ADMIN", "CITIZEN", "ANALYST");

    /** What is wrong with this request; empty when a token may be issued. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sub == null || sub.isBlank()) {
            problems.add("sub is required");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("roles must name at least one of " + ROLES);
        } else {
            roles.stream()
                    .filter(role -> !ROLES.contains(role))
                    .forEach(role -> problems.add("unknown role " + role + ", expected one of " + ROLES));
            if (roles.contains("COLLECTIVITY_ADMIN") && !hasCollectivity()) {
                problems.add("collectivity is required for COLLECTIVITY_ADMIN");
            }
        }
        return problems;
    }

    boolean hasResidence() {
        return residence != null && !residence.isBlank();
    }

    boolean hasCollectivity() {
        return collectivity != null && !collectivity.isBlank();
    }
}
