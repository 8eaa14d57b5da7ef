package ma.remacto.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Settings for a platform started by a test: its own data directory and free ports. */
final class TestPlatforms {

    private TestPlatforms() {
    }

    /**
     * Embedded servers on any free ports, the applications on five consecutive free ones and their
     * management ports on the next five, loopback only, demo data on.
     */
    static LocalSettings settings(Path home) throws IOException {
        return settings(home, 1);
    }

    /** As {@link #settings(Path)}, with this many instances of each application, on ports free for each. */
    static LocalSettings settings(Path home, int instances) throws IOException {
        int base = freeBlock(instances);
        return new LocalSettings(home, Path.of("../..").toAbsolutePath().normalize(), base, base + 1, 0, 0,
                null, null, null, null, LocalSettings.DEFAULT_JVM_OPTIONS, true, LocalSettings.LOOPBACK, base + 5, null,
                instances);
    }

    /**
     * Ten consecutive free ports: the gateway and the four services, then their management ports;
     * for each further instance k, the same five ports 10·k higher and the management ports 100·k
     * higher ({@link ApplicationInstance}). They are taken below the kernel's ephemeral range, where
     * no outgoing connection of another platform (Kafka clients, pools) can take one between this
     * check and the application's bind.
     */
    private static int freeBlock(int instances) throws IOException {
        int ephemeralStart = ephemeralPortsStart();
        int span = 10 + ApplicationInstance.MANAGEMENT_PORT_STEP * (instances - 1);
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(10000, ephemeralStart - span);
            boolean free = true;
            for (int k = 0; k < instances && free; k++) {
                int applications = base + ApplicationInstance.PORT_STEP * k;
                int management = base + 5 + ApplicationInstance.MANAGEMENT_PORT_STEP * k;
                free = free(applications, applications + 5) && free(management, management + 5);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports for " + instances + " instances of each application");
    }

    private static boolean free(int from, int to) {
        for (int port = from; port < to; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static int ephemeralPortsStart() {
        try {
            // line by line: on some systems Files.readString gets only the first byte of this file
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
            return Math.max(Integer.parseInt(range.split("\\s+")[0]), 10100);
        } catch (IOException | RuntimeException notLinux) {
            return 32768;
        }
    }
}
