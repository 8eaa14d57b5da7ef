package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * Base URLs of the backend services ({@code remacto.services.*}, e.g. env
 * {@code REMACTO_SERVICES_NETWORK}). Defaults are the ports of the local run.
 */
@ConfigurationProperties("remacto.services")
public record ServiceUrls(
        @DefaultValue("http://localhost:8081") URI network,
        @DefaultValue("http://localhost:8082") URI proposals,
        @DefaultValue("http://localhost:8083") URI programs,
        @DefaultValue("http://localhost:8084") URI reporting) {
}
