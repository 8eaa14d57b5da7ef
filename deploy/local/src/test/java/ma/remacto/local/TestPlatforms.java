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
        int base = freeBlock();
        return new LocalSettings(home, Path.of("../..").toAbsolutePath().normalize(), base, base + 1, 0, 0,
                null, null, null, null, LocalSettings.DEFAULT_JVM_OPTIONS, true, LocalSettings.LOOPBACK, base + 5, null);
    }

    /**
     * Ten consecutive free ports: the gateway and the four services, then their management ports.
     * They are taken below the kernel's ephemeral range, where no outgoing connection of another
     * platform (Kafka clients, pools) can take one between this check and the application's bind.
     */
    private static int freeBlock() throws IOException {
        int ephemeralStart = ephemeralPortsStart();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(10000, ephemeralStart - 10);
            boolean free = true;
            for (int port = base; port < base + 10 && free; port++) {
                try (ServerSocket ignored = new ServerSocket(port)) {
                    free = true;
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no block of ten free ports");
    }

    private static int ephemeralPortsStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
            return Math.max(Integer.parseInt(range.split("\\s+")[0]), 10100);
        } catch (IOException | RuntimeException notLinux) {
            return 32768;
        }
    }
}
