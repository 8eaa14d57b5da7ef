package ma.remacto.local;

import java.util.List;

/**
 * One of the five applications as the local run starts it.
 *
 * @param module      the Maven module (and jar) name
 * @param database    its own database (the gateway's holds its rate limits)
 * @param portOffset  its port relative to the first service port; -1 for the gateway
 */
record Application(String module, String database, int portOffset) {

    static final List<Application> ALL = List.of(
            new Application("network-service", "remacto_network", 0),
            new Application("proposals-service", "remacto_participation", 1),
            new Application("programs-service", "remacto_programs", 2),
            new Application("reporting-service", "remacto_reporting", 3),
            new Application("gateway", "remacto_gateway", -1));

    boolean isGateway() {
        return portOffset < 0;
    }

    int port(LocalSettings settings) {
        return isGateway() ? settings.gatewayPort() : settings.firstServicePort() + portOffset;
    }

    /** Its actuator's port: the gateway's is the base, the services' follow in order. */
    int managementPort(LocalSettings settings) {
        return settings.managementPort() + portOffset + 1;
    }

    String baseUrl(LocalSettings settings) {
        return "http://" + settings.connectHost() + ":" + port(settings);
    }

    /** The actuator, on loopback whatever the applications' own interface. */
    String managementUrl(LocalSettings settings) {
        return "http://" + LocalSettings.LOOPBACK + ":" + managementPort(settings) + "/actuator";
    }
}
