package ma.remacto.gateway.routing;

import ma.remacto.gateway.Problem;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * A service that cannot be reached (stopped, restarting, not yet up: no instance accepted the
 * connection) answers 503 problem+json with {@code Retry-After}, instead of a bare 500: clients may
 * retry, and nothing was recorded. A service whose connection broke before it answered (a process
 * killed while it worked) answers 502 with the same code and {@code Retry-After}: the request may or
 * may not have taken effect, so only a request that is safe to repeat should be sent again as is.
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
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        String path = exchange.getRequest().getPath().value();
        Problem problem;
        if (unreachable(failure)) {
            problem = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "the service behind " + path + " cannot be reached; try again shortly");
        } else if (ServerWebExchangeUtils.isAlreadyRouted(exchange) && connectionBroke(failure)) {
            problem = Problem.of(HttpStatus.BAD_GATEWAY, "service-unavailable",
                    "the service behind " + path + " stopped before answering; the request may or may not have"
                            + " taken effect: check before sending it again");
        } else {
            return Mono.error(failure);
        }
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

    /**
     * On a request sent to a service: its connection closed or reset before the answer
     * (reactor-netty's PrematureCloseException is one).
     */
    private static boolean connectionBroke(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
