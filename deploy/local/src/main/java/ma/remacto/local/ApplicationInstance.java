package ma.remacto.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One running copy of an application ({@code REMACTO_INSTANCES} of each). Instance {@code k}
 * (0-based) listens on its application's port plus 10·k (gateway 8080, 8090, …; network-service
 * 8081, 8091, …) and keeps its actuator on the application's management port plus 100·k (9080,
 * 9180, …): a step of 10 there would put proposals-service's second actuator on 9092, the embedded
 * Kafka's port. Instance 0 keeps the application's own name, log and pid file, as with one instance.
 */
record ApplicationInstance(Application application, int index) {

    static final int PORT_STEP = 10;
    static final int MANAGEMENT_PORT_STEP = 100;

    /** Every instance of every application: first instance 0 of each, in {@link Application#ALL}'s order, then 1, … */
    static List<ApplicationInstance> all(LocalSettings settings) {
        List<ApplicationInstance> all = new ArrayList<>();
        for (int index = 0; index < settings.instances(); index++) {
            for (Application application : Application.ALL) {
                all.add(new ApplicationInstance(application, index));
            }
        }
        return List.copyOf(all);
    }

    /** The instances of one application, in order. */
    static List<ApplicationInstance> of(Application application, LocalSettings settings) {
        List<ApplicationInstance> instances = new ArrayList<>();
        for (int index = 0; index < settings.instances(); index++) {
            instances.add(new ApplicationInstance(application, index));
        }
        return List.copyOf(instances);
    }

    /**
     * Refuses settings under which two of the run's listeners would want one port (an instance, an
     * actuator, the embedded PostgreSQL or Kafka), before anything starts: otherwise the second to
     * bind dies and is restarted forever.
     */
    static void requireDistinctPorts(LocalSettings settings) {
        Map<Integer, String> owners = new TreeMap<>();
        if (settings.externalDbUrl() == null && settings.postgresPort() != 0) {
            claim(owners, settings.postgresPort(), "the embedded PostgreSQL (REMACTO_DB_PORT)");
        }
        if (settings.externalKafka() == null && settings.kafkaPort() != 0) {
            claim(owners, settings.kafkaPort(), "the embedded Kafka (REMACTO_KAFKA_PORT)");
        }
        for (ApplicationInstance instance : all(settings)) {
            claim(owners, instance.port(settings), instance.name());
            claim(owners, instance.managementPort(settings), instance.name() + "'s actuator");
        }
    }

    private static void claim(Map<Integer, String> owners, int port, String owner) {
        String earlier = owners.putIfAbsent(port, owner);
        if (earlier != null) {
            throw new IllegalArgumentException("port " + port + " would serve both " + earlier + " and " + owner
                    + "; change REMACTO_GATEWAY_PORT, REMACTO_SERVICE_PORT, REMACTO_MANAGEMENT_PORT or REMACTO_INSTANCES");
        }
    }

    /** Its name in logs, pid files and messages: the module, then {@code -k} for every instance but the first. */
    String name() {
        return index == 0 ? application.module() : application.module() + "-" + index;
    }

    int port(LocalSettings settings) {
        return application.port(settings) + PORT_STEP * index;
    }

    int managementPort(LocalSettings settings) {
        return application.managementPort(settings) + MANAGEMENT_PORT_STEP * index;
    }

    String baseUrl(LocalSettings settings) {
        return "http://" + settings.connectHost() + ":" + port(settings);
    }

    /** The actuator, on loopback whatever the applications' own interface. */
    String managementUrl(LocalSettings settings) {
        return "http://" + LocalSettings.LOOPBACK + ":" + managementPort(settings) + "/actuator";
    }
}
