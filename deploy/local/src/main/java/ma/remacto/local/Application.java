package ma.remacto.local;

import java.util.List;

/**
 * One of the five applications as the local run starts it.
 *
 * @param module      the Maven module (and jar) name
 * @param database    its own database, or null for the gateway
 * @param portOffset  its port relative to the first service port; -1 for the gateway
 */
record Application(String module, String database, int portOffset) {

    static final List<Application> ALL = List.of(
            new Application("network-service", "remacto_network", 0),
            new Application("proposals-service", "remacto_participation", 1),
            new Application("programs-service", "remacto_programs", 2),
            new Application("reporting-service", "remacto_reporting", 3),
            new Application("gateway", null, -1));

    int port(LocalSettings settings) {
        return portOffset < 0 ? settings.gatewayPort() : settings.firstServicePort() + portOffset;
    }

    String baseUrl(LocalSettings settings) {
        return "http://localhost:" + port(settings);
    }
}
