package ma.remacto.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The web dashboards (static pages under {@code /} and {@code /ui/}) are public: anyone may read
 * them. This chain covers only those reads; every other request falls through to the service
 * kit's rules. {@code /index.html} is listed because Spring Boot serves {@code /} by forwarding to it.
 */
@Configuration(proxyBeanMethods = false)
class WebDashboardsSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain webDashboards(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        pathPattern(HttpMethod.GET, "/"),
                        pathPattern(HttpMethod.GET, "/index.html"),
                        pathPattern(HttpMethod.GET, "/ui/**"),
                        pathPattern(HttpMethod.HEAD, "/"),
                        pathPattern(HttpMethod.HEAD, "/ui/**")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
