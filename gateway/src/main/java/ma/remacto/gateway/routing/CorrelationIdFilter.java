package ma.remacto.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Gives every request an {@code X-Correlation-Id} (the client's, or a new UUID), forwards it to
 * the service and echoes it in the response. A web filter ahead of security rather than a
 * route filter, so that refused requests (401) carry the id too.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

    static final String HEADER = "X-Correlation-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        ServerWebExchange withId = exchange;
        String id = given;
        if (given == null || given.isBlank()) {
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
