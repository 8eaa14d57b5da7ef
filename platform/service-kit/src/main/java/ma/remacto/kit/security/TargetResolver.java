package ma.remacto.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.web.ApiException;
import ma.remacto.kit.web.BufferedBodyRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the collectivity an {@link Allow#target()} points at in the current request: a path
 * variable that is the collectivity, a path variable that names a resource of a {@link Targets}
 * kind, or a field of the JSON body (read from the buffered body, before binding).
 */
class TargetResolver {

    static final String COLLECTIVITY = "collectivity";
    static final String BODY = "body";
    private static final Pattern TARGET = Pattern.compile("([a-z][a-z-]*):(?:\\{([A-Za-z]+)}|([A-Za-z]+))");

    private static final int CACHED = 20_000;

    private final Map<String, Targets> byKind = new HashMap<>();
    private final JsonMapper json;
    /** Resources found, by kind and id: a resource never moves to another collectivity. */
    private final Map<String, String> found = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    });

    TargetResolver(List<Targets> targets, JsonMapper json) {
        this.json = json;
        for (Targets source : targets) {
            for (String kind : source.kinds()) {
                if (byKind.put(kind, source) != null) {
                    throw new IllegalStateException("two Targets beans answer for the kind '" + kind + "'");
                }
            }
        }
    }

    /** Why a declared target cannot be resolved in this service, or empty when it can. */
    Optional<String> problemWith(String target) {
        Matcher matcher = TARGET.matcher(target);
        if (!matcher.matches()) {
            return Optional.of("'" + target + "' is not '<kind>:{pathVariable}' nor 'body:<field>'");
        }
        String kind = matcher.group(1);
        boolean fromBody = BODY.equals(kind);
        if (fromBody != (matcher.group(3) != null)) {
            return Optional.of("'" + target + "': only body targets name a bare field");
        }
        if (!fromBody && !COLLECTIVITY.equals(kind) && !byKind.containsKey(kind)) {
            return Optional.of("no Targets bean answers for the kind '" + kind + "' of '" + target + "'");
        }
        return Optional.empty();
    }

    /** The target's collectivity; empty when the body does not name one. */
    Optional<String> collectivityOf(String target, HttpServletRequest request) {
        Matcher matcher = TARGET.matcher(target);
        if (!matcher.matches()) {
            throw new IllegalStateException("unchecked target " + target);
        }
        String kind = matcher.group(1);
        if (BODY.equals(kind)) {
            return bodyField(request, matcher.group(3));
        }
        String id = pathVariable(request, matcher.group(2));
        if (COLLECTIVITY.equals(kind)) {
            return Optional.of(id);
        }
        String key = kind + ":" + id;
        String collectivity = found.get(key);
        if (collectivity == null) {
            collectivity = byKind.get(kind).collectivityOf(kind, id).orElseThrow(() -> new NotFound(kind, id));
            found.put(key, collectivity);
        }
        return Optional.of(collectivity);
    }

    private static String pathVariable(HttpServletRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(name);
        if (value == null) {
            throw new IllegalStateException("the path has no variable {" + name + "}");
        }
        return value;
    }

    private Optional<String> bodyField(HttpServletRequest request, String field) {
        BufferedBodyRequest body = WebUtils.getNativeRequest(request, BufferedBodyRequest.class);
        if (body == null || body.body().length == 0) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = json.readTree(body.body());
        } catch (RuntimeException notJson) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable-request",
                    "the request body is not valid JSON for this operation");
        }
        JsonNode value = tree == null ? null : tree.get(field);
        return value != null && value.isString() && !value.asString().isBlank()
                ? Optional.of(value.asString()) : Optional.empty();
    }
}
