package ma.remacto.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance of one application of the launcher's run, as the launcher numbers it: instance k of
 * an application listens 10·k above its first instance and keeps its actuator 100·k above, and
 * writes its pid to {@code <home>/run/<module>[-k].pid}.
 *
 * @param module the application's module, e.g. {@code proposals-service}
 * @param offset its place after the gateway: 0 the gateway, 1 network, 2 proposals, 3 programs, 4 reporting
 * @param index  which instance, from 0
 */
record Instance(String module, int offset, int index) {

    static final List<String> MODULES = List.of("gateway", "network-service", "proposals-service", "programs-service",
            "reporting-service");

    static List<Instance> all(int instances) {
        List<Instance> all = new ArrayList<>();
        for (int index = 0; index < instances; index++) {
            for (int offset = 0; offset < MODULES.size(); offset++) {
                all.add(new Instance(MODULES.get(offset), offset, index));
            }
        }
        return List.copyOf(all);
    }

    static List<Instance> of(String module, int instances) {
        return all(instances).stream().filter(instance -> instance.module.equals(module)).toList();
    }

    String name() {
        return index == 0 ? module : module + "-" + index;
    }

    int port(Ports ports) {
        return ports.gateway() + offset + 10 * index;
    }

    int managementPort(Ports ports) {
        return ports.management() + offset + 100 * index;
    }

    String baseUrl(Ports ports) {
        return "http://127.0.0.1:" + port(ports);
    }

    String healthUrl(Ports ports) {
        return "http://127.0.0.1:" + managementPort(ports) + "/actuator/health";
    }

    long pid(Path home) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("run").resolve(name() + ".pid")).trim());
    }

    boolean isGateway() {
        return offset == 0;
    }

    @Override
    public String toString() {
        return name();
    }
}
