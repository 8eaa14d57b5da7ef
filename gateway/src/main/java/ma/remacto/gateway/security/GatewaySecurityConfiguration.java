package ma.remacto.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone may read (GET/HEAD) the API and the web UI; every other request needs a valid RS256
 * JWT (key from {@code spring.security.oauth2.resourceserver.jwt.public-key-location}). A token
 * that is present but invalid is refused even on a read. Fine-grained rules (role, collectivity)
 * stay in the services, which validate the same token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    private static final String[] PUBLIC_READS = {"/", "/index.html", "/ui/**", "/api/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, JsonMapper json) {
        UnauthorizedEntryPoint unauthorized = new UnauthorizedEntryPoint(json);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .pathMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // only the local profile maps anything here (the development token issuer)
                        .pathMatchers("/dev/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .build();
    }
}
