package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes by path prefix, one route per owning service (see API.md). Requests pass through
 * unchanged, Authorization header included: each service validates the JWT again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceUrls.class)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder routes, ServiceUrls services) {
        return routes.routes()
                .route("network", r -> r
                        .path("/api/collectivities/**", "/api/network/**")
                        .uri(services.network()))
                .route("proposals", r -> r
                        .path("/api/processes/**", "/api/proposals/**", "/api/consultations/**")
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
