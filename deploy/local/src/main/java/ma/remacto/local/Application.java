package ma.remacto.local;

import java.util.List;

/**
 * One of the five applications as the local run starts it (each in {@code REMACTO_INSTANCES}
 * copies, see {@link ApplicationInstance}).
 *
 * @param module      the Maven module (and jar) name
 * @param database    its own database (the gateway's holds its rate limits), shared by its instances
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

    /** The port of its first instance. */
    int port(LocalSettings settings) {
        return isGateway() ? settings.gatewayPort() : settings.firstServicePort() + portOffset;
    }

    /** Its first instance's actuator port: the gateway's is the base, the services' follow in order. */
    int managementPort(LocalSettings settings) {
        return settings.managementPort() + portOffset + 1;
    }

    /** How the gateway names the service in {@code remacto.services.<name>}. */
    String serviceName() {
        return module.replace("-service", "");
    }
}
