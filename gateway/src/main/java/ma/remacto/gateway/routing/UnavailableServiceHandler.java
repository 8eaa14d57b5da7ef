package ma.remacto.gateway.routing;

import ma.remacto.gateway.Problem;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * A service that cannot be reached (stopped, restarting, not yet up) answers 503 problem+json
 * with {@code Retry-After}, instead of a bare 500: clients may retry, and nothing was recorded.
 */
@Component
@Order(-2)
class UnavailableServiceHandler implements WebExceptionHandler {

    private final JsonMapper json;

    UnavailableServiceHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!unreachable(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "the service behind " + exchange.getRequest().getPath().value() + " cannot be reached; try again shortly");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problem.writeTo(exchange.getResponse(), json);
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof TimeoutException
                    || t.getClass().getName().endsWith("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
