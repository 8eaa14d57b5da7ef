package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes by path prefix to the owning service (see API.md). Requests pass through unchanged,
 * Authorization header included: each service validates the JWT again. A collectivity's census
 * belongs to proposals (residents' verification), so its route is ordered before the network's
 * {@code /api/collectivities/**}. Each route names its service ({@code lb://proposals}); the load
 * balancer takes the service's instances in turn ({@link ConfiguredInstances}), and a request whose
 * instance does not accept the connection goes to the next one ({@link ConnectFailover}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ServiceUrls.class, BalancingProperties.class})
@LoadBalancerClients(defaultConfiguration = ConfiguredInstances.class)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder routes) {
        return routes.routes()
                .route("census", r -> r
                        .order(-1)
                        .path("/api/collectivities/*/census")
                        .uri("lb://proposals"))
                .route("network", r -> r
                        .path("/api/collectivities/**", "/api/network/**")
                        .uri("lb://network"))
                .route("proposals", r -> r
                        .path("/api/processes/**", "/api/proposals/**", "/api/consultations/**",
                                "/api/verifications/**", "/api/me/**")
                        .uri("lb://proposals"))
                .route("programs", r -> r
                        .path("/api/programs/**")
                        .uri("lb://programs"))
                .route("reporting", r -> r
                        .path("/api/dashboards/**", "/api/audit/**", "/api/exports/**", "/api/streams/**",
                                "/api/chain/**", "/api/admin/**", "/", "/index.html", "/ui/**")
                        .uri("lb://reporting"))
                .build();
    }

    @Bean
    InstanceHealth instanceHealth(BalancingProperties balancing) {
        return new InstanceHealth(balancing.skipAfterConnectFailure());
    }

    @Bean
    ConnectFailover connectFailover(ServiceUrls services, InstanceHealth health) {
        return new ConnectFailover(services, health);
    }
}
