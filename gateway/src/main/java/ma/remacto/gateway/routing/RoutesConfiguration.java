package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes by path prefix to the owning service (see API.md). Requests pass through unchanged,
 * Authorization header included: each service validates the JWT again. A collectivity's census
 * belongs to proposals (residents' verification), so its route is ordered before the network's
 * {@code /api/collectivities/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceUrls.class)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder routes, ServiceUrls services) {
        return routes.routes()
                .route("census", r -> r
                        .order(-1)
                        .path("/api/collectivities/*/census")
                        .uri(services.proposals()))
                .route("network", r -> r
                        .path("/api/collectivities/**", "/api/network/**")
                        .uri(services.network()))
                .route("proposals", r -> r
                        .path("/api/processes/**", "/api/proposals/**", "/api/consultations/**",
                                "/api/verifications/**", "/api/me/**")
                        .uri(services.proposals()))
                .route("programs", r -> r
                        .path("/api/programs/**")
                        .uri(services.programs()))
                .route("reporting", r -> r
                        .path("/api/dashboards/**", "/api/audit/**", "/api/exports/**", "/api/streams/**",
                                "/api/chain/**", "/api/admin/**", "/", "/index.html", "/ui/**")
                        .uri(services.reporting()))
                .build();
    }
}
