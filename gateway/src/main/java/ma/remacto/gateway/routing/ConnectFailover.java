package ma.remacto.gateway.routing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

/**
 * A request whose instance did not accept the connection (a dead process: refused; a vanished host:
 * connect timeout, no route) goes to the service's next instance, whatever its method: the request
 * never left the gateway, its body is still unread, so even a POST is sent at most once. Failures
 * after the connection was made (read timeouts, resets, 5xx) are not retried, since the service may
 * have acted on the request. The instance that failed is left out for a while ({@link InstanceHealth}).
 * A request makes at most as many attempts as the service has instances; when none accepts, the
 * last failure stands and {@link UnavailableServiceHandler} answers 503.
 */
class ConnectFailover implements GlobalFilter, Ordered {

    private final ServiceUrls services;
    private final InstanceHealth health;

    ConnectFailover(ServiceUrls services, InstanceHealth health) {
        this.services = services;
        this.health = health;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI balanced = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
        if (balanced == null || !"lb".equals(balanced.getScheme())) {
            return chain.filter(exchange);
        }
        return attempt(exchange, chain, balanced, services.of(balanced.getHost()).size());
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, URI balanced, int attemptsLeft) {
        return chain.filter(exchange).onErrorResume(ConnectFailover::notConnected, failure -> {
            ServiceInstance refused = chosen(exchange);
            if (refused != null) {
                health.connectFailed(refused, failure);
            }
            if (attemptsLeft <= 1 || exchange.getResponse().isCommitted()) {
                return Mono.error(failure);
            }
            ServerWebExchangeUtils.reset(exchange);
            exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, balanced);
            return attempt(exchange, chain, balanced, attemptsLeft - 1);
        });
    }

    private static ServiceInstance chosen(ServerWebExchange exchange) {
        Response<ServiceInstance> response = exchange.getAttribute(GATEWAY_LOADBALANCER_RESPONSE_ATTR);
        return response == null ? null : response.getServer();
    }

    /** True when the connection was never made, so nothing of the request reached the service. */
    static boolean notConnected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // netty's ConnectTimeoutException is a ConnectException too
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Just before the load balancer, so that each attempt makes it choose again. */
    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER - 1;
    }
}
