package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * Base URLs of the backend services ({@code remacto.services.*}, e.g. env
 * {@code REMACTO_SERVICES_NETWORK}), each a comma-separated list of the service's instances
 * ({@code http://a:8082,http://b:8092}); one URL, such as a Kubernetes Service's, is a list of one.
 * Defaults are the ports of the local run.
 */
@ConfigurationProperties("remacto.services")
public record ServiceUrls(
        @DefaultValue("http://localhost:8081") List<URI> network,
        @DefaultValue("http://localhost:8082") List<URI> proposals,
        @DefaultValue("http://localhost:8083") List<URI> programs,
        @DefaultValue("http://localhost:8084") List<URI> reporting) {

    public ServiceUrls {
        network = checked("network", network);
        proposals = checked("proposals", proposals);
        programs = checked("programs", programs);
        reporting = checked("reporting", reporting);
    }

    /** The instances of a service, by the name its routes use ({@code lb://<service>}). */
    List<URI> of(String service) {
        return switch (service) {
            case "network" -> network;
            case "proposals" -> proposals;
            case "programs" -> programs;
            case "reporting" -> reporting;
            default -> throw new IllegalArgumentException("no service named " + service);
        };
    }

    /** A wrong URL stops the gateway at start, rather than turning into 503s on the first requests. */
    private static List<URI> checked(String service, List<URI> urls) {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("remacto.services." + service + " lists no base URL");
        }
        for (URI url : urls) {
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("remacto.services." + service + ": " + url
                        + " is not an http(s) base URL with a host");
            }
        }
        return List.copyOf(urls);
    }
}
