package ma.remacto.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Correlation-Id}, forwards it to the service and echoes it in the
 * response. The client's id is kept only when it is a UUID; anything else (free text that would
 * land in logs and audit metadata) is replaced by a new one. A web filter ahead of security rather
 * than a route filter, so that refused requests (401, 413, 429) carry the id too.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

    static final String HEADER = "X-Correlation-Id";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        ServerWebExchange withId = exchange;
        String id = given;
        if (given == null || !UUID_TEXT.matcher(given).matches()) {
            String generated = UUID.randomUUID().toString();
            id = generated;
            withId = exchange.mutate()
                    .request(request -> request.headers(headers -> headers.set(HEADER, generated)))
                    .build();
        }
        withId.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(withId);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
