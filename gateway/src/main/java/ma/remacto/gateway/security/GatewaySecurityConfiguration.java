package ma.remacto.gateway.security;

import ma.remacto.gateway.Problem;
import ma.remacto.tokens.ReactiveTokenDecoder;
import ma.remacto.tokens.TokenProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone may read (GET/HEAD) the API and the web UI; every other request needs a valid token
 * under the platform's token policy ({@code remacto.tokens.*}, the same as the services'). A token
 * that is present but invalid is refused even on a read. Fine-grained rules (role, collectivity)
 * stay in the services, which validate the same token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    private static final String[] PUBLIC_READS = {"/", "/index.html", "/ui/**", "/app", "/app/**", "/api/**", "/livez", "/readyz"};

    @Bean
    ReactiveJwtDecoder jwtDecoder(Environment environment) {
        return ReactiveTokenDecoder.of(TokenProperties.from(environment));
    }

    /**
     * The actuator, on the management port ({@code management.server.port}, loopback in the local
     * run) or, where none is set, on the public one: health and info for probes; metrics and
     * Prometheus only with the scrape credential ({@code remacto.management.*}), never anonymously.
     */
    @Bean
    @Order(1)
    SecurityWebFilterChain managementSecurity(ServerHttpSecurity http, Environment environment, JsonMapper json) {
        ManagementCredential credential = ManagementCredential.from(environment);
        ServerAuthenticationEntryPoint basic = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"remacto-management\"");
            return Problem.of(HttpStatus.UNAUTHORIZED, "unauthorized", "the management endpoints need the scrape credential")
                    .writeTo(exchange.getResponse(), json);
        };
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator", "/actuator/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().hasRole(ManagementCredential.ROLE))
                .httpBasic(httpBasic -> httpBasic
                        .authenticationManager(credential.authenticationManager())
                        .authenticationEntryPoint(basic))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic))
                .build();
    }

    @Bean
    @Order(2)
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
