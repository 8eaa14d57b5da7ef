package ma.remacto.gateway.webapp;

import ma.remacto.gateway.devtokens.DevIssuer;
import ma.remacto.tokens.TokenProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The participation web application at {@code /app/}: its files come from the {@code remacto-web}
 * module ({@code META-INF/resources/app/}, served as static resources), its page at {@code /app/}
 * and, at {@code /app/config.json}, how it signs people in. It holds no server logic: every action
 * of the application is a call to the public API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebAppProperties.class)
class WebAppConfiguration {

    static final Resource PAGE = new ClassPathResource("META-INF/resources/app/index.html");

    @Bean
    SignInOptions signInOptions(WebAppProperties properties, Environment environment,
                                ObjectProvider<DevIssuer> devIssuer) {
        boolean dev = devIssuer.getIfAvailable() != null;
        String issuer = properties.oidcIssuer() != null && !properties.oidcIssuer().isBlank()
                ? properties.oidcIssuer() : TokenProperties.from(environment).issuer();
        return new SignInOptions(dev, dev ? null : issuer, properties.oidcClientId(), WebClient.create());
    }

    @Bean
    RouterFunction<ServerResponse> webAppRoutes(SignInOptions signIn) {
        return route(GET("/app"), request -> ServerResponse.permanentRedirect(URI.create("/app/")).build())
                .andRoute(GET("/app/"), request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noCache())
                        .header("Content-Language", "ar")
                        .header("Content-Security-Policy", signIn.contentSecurityPolicy())
                        .header("Referrer-Policy", "no-referrer")
                        .header("X-Content-Type-Options", "nosniff")
                        .bodyValue(PAGE))
                .andRoute(GET("/app/config.json"), signIn::describe);
    }
}
