package ma.remacto.gateway.ratelimit;

import ma.remacto.gateway.Problem;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Applies the rate limits after security, so that a bucket belongs to a verified token subject
 * (anyone could write any subject into an unverified token). Callers without a token, and
 * {@code POST /dev/tokens}, are limited per client address. Keys hold a SHA-256 of the subject or
 * address, never the value. A refused request answers 429 {@code rate-limited} with
 * {@code Retry-After} and reaches no service. The actuator and the probes ({@code /livez},
 * {@code /readyz}) are never limited: a throttled probe would have a healthy gateway restarted.
 */
class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (-100), before routing. */
    static final int ORDER = 0;
    static final String DEV_TOKENS = "/dev/tokens";

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final JsonMapper json;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, JsonMapper json) {
        this.limiter = limiter;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || isProbe(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .map(token -> Optional.ofNullable(token.getSubject()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(subject -> {
                    ServerHttpRequest request = exchange.getRequest();
                    LimitKind kind = kind(request, subject.isPresent());
                    String identity = kind == LimitKind.READS || kind == LimitKind.WRITES ? subject.get() : address(request);
                    RateLimitProperties.Limit limit = properties.limit(kind);
                    return limiter.take(kind, limit, kind.tag + ":" + limit.fingerprint() + ":" + sha256(identity));
                })
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
    }

    private static boolean isProbe(String path) {
        return path.startsWith("/actuator/") || path.equals("/livez") || path.equals("/readyz");
    }

    private static LimitKind kind(ServerHttpRequest request, boolean authenticated) {
        if (request.getPath().value().equals(DEV_TOKENS)) {
            return LimitKind.DEV_TOKENS;
        }
        if (!authenticated) {
            return LimitKind.ANONYMOUS;
        }
        HttpMethod method = request.getMethod();
        return method == HttpMethod.GET || method == HttpMethod.HEAD ? LimitKind.READS : LimitKind.WRITES;
    }

    private static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        return Problem.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                        "too many requests from this caller; retry in " + decision.retryAfterSeconds() + " s")
                .writeTo(exchange.getResponse(), json);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
