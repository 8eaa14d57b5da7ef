package ma.remacto.gateway.webapp;

import ma.remacto.gateway.devtokens.Loopback;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code /app/config.json} tells the web application: the development sign-in page (the
 * local run's development issuer, to callers on this machine only) or the OpenID Connect
 * provider's endpoints, read from its discovery document and kept once read.
 */
final class SignInOptions {

    private static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(5);

    private final boolean devIssuer;
    private final String issuer;
    private final String clientId;
    private final WebClient http;
    private volatile Map<String, Object> provider;

    SignInOptions(boolean devIssuer, String issuer, String clientId, WebClient http) {
        this.devIssuer = devIssuer;
        this.issuer = issuer;
        this.clientId = clientId;
        this.http = http;
    }

    Mono<ServerResponse> describe(ServerRequest request) {
        return provider().map(oidc -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("devSignIn", devIssuer && Loopback.caller(request));
            body.put("oidc", oidc);
            return body;
        }).flatMap(body -> ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .bodyValue(body));
    }

    /**
     * The page's Content-Security-Policy: scripts, styles and calls from this origin only, plus
     * the provider's origin for the code exchange and its sign-in page; no framing, no plugins.
     * The address never leaks a sign-in code to another site (Referrer-Policy: no-referrer).
     */
    String contentSecurityPolicy() {
        String provider = issuer == null ? "" : " " + origin(issuer);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " connect-src 'self'" + provider + "; form-action 'self'" + provider + ";"
                + " frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** The provider's endpoints, or {@code available: false} while its discovery cannot be read. */
    private Mono<Map<String, Object>> provider() {
        if (issuer == null) {
            return Mono.just(Map.of("available", false));
        }
        Map<String, Object> known = provider;
        if (known != null) {
            return Mono.just(known);
        }
        String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return http.get().uri(discovery).retrieve()
                .bodyToMono(Map.class)
                .timeout(DISCOVERY_TIMEOUT)
                .map(this::remember)
                .onErrorResume(unreachable -> Mono.just(Map.of("available", false, "issuer", issuer)));
    }

    private Map<String, Object> remember(Map<?, ?> document) {
        Map<String, Object> oidc = new LinkedHashMap<>();
        oidc.put("available", true);
        oidc.put("issuer", issuer);
        oidc.put("clientId", clientId);
        oidc.put("authorizationEndpoint", document.get("authorization_endpoint"));
        oidc.put("tokenEndpoint", document.get("token_endpoint"));
        oidc.put("endSessionEndpoint", document.get("end_session_endpoint"));
        Map<String, Object> known = Map.copyOf(withoutNulls(oidc));
        provider = known;
        return known;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }
}
