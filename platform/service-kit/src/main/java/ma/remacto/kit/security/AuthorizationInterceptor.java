package ma.remacto.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@link Allow} before the handler's arguments are bound, hence before the body is
 * parsed or validated, and leaves the outcome for an {@link Authorized} parameter.
 */
class AuthorizationInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = Authorized.class.getName();

    private final TargetResolver targets;
    private final Pseudonyms pseudonyms;

    AuthorizationInterceptor(TargetResolver targets, Pseudonyms pseudonyms) {
        this.targets = targets;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allow allow = method.getMethodAnnotation(Allow.class);
        if (allow == null) {
            return true;
        }
        Caller caller = Caller.current();
        List<Role> held = Arrays.stream(allow.value()).filter(caller.roles()::contains).toList();
        if (held.isEmpty()) {
            throw new Forbidden("this needs one of the roles " + Arrays.toString(allow.value()));
        }
        Optional<String> collectivity = allow.target().isEmpty()
                ? Optional.empty() : targets.collectivityOf(allow.target(), request);
        List<Role> granted = new ArrayList<>();
        for (Role role : held) {
            if (role != Role.COLLECTIVITY_ADMIN
                    || collectivity.isPresent() && collectivity.get().equals(caller.collectivity())) {
                granted.add(role);
            }
        }
        if (granted.isEmpty()) {
            throw new Forbidden(collectivity
                    .map(id -> "only a network operator or an admin of collectivity '" + id + "' may do this")
                    .orElse("the request does not name the collectivity it acts for"));
        }
        request.setAttribute(ATTRIBUTE,
                new Authorized(caller, pseudonyms.of(caller.subject()), granted, collectivity.orElse(null)));
        return true;
    }
}
