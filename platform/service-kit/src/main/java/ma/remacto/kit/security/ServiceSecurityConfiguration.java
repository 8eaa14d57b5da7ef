package ma.remacto.kit.security;

import ma.remacto.kit.web.ProblemResponses;
import ma.remacto.kit.web.RequestHygieneConfiguration;
import ma.remacto.tokens.ServletTokenDecoder;
import ma.remacto.tokens.TokenProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;


/**
 * Every service validates the caller's token again under the platform's token policy (it never
 * trusts the gateway or bare headers). Reads are public, but for administration, the live event
 * streams and a citizen's own records; every other call needs a valid token, and {@link Allow}
 * then decides on role and collectivity before the body is read.
 */
@Configuration(proxyBeanMethods = false)
@Import({AuthorizationConfiguration.class, RequestHygieneConfiguration.class})
public class ServiceSecurityConfiguration {

    /** The platform's token policy ({@code remacto.tokens.*}), the same as the gateway's. */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(Environment environment) {
        return ServletTokenDecoder.of(TokenProperties.from(environment));
    }

    /**
     * The actuator, on the management port: health and info for probes; metrics and Prometheus
     * only with the scrape credential ({@code remacto.management.*}), never anonymously.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementSecurity(HttpSecurity http, Environment environment, JsonMapper json) throws Exception {
        ManagementCredential credential = ManagementCredential.from(environment);
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(ManagementCredential.ROLE))
                .userDetailsService(credential.users())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"remacto-management\"");
                    ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized",
                            "the management endpoints need the scrape credential");
                }));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain serviceSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);

        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**", "/api/streams/events", "/api/me/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized",
                                        "a valid bearer token is required: " + e.getMessage())))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized",
                                        "a bearer token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemResponses.write(response, json, HttpStatus.FORBIDDEN, "forbidden", e.getMessage())));
        return http.build();
    }
}
