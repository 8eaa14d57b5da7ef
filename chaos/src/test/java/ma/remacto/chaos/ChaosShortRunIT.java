package ma.remacto.chaos;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short fault-injection run CI affords: one instance of each application, ten faults of every
 * kind (Kafka and PostgreSQL killed, instances killed and stopped, records delivered again, Kafka's
 * disk full, an appending transaction held past the gap timeout), then every check.
 */
class ChaosShortRunIT {

    private static final Set<FaultKind> KINDS = EnumSet.of(FaultKind.KAFKA_KILL, FaultKind.POSTGRES_KILL,
            FaultKind.INSTANCE_KILL, FaultKind.INSTANCE_STOP, FaultKind.REDELIVERY, FaultKind.KAFKA_DISK_FULL,
            FaultKind.LATE_EVENT);

    @Test
    void noAcknowledgedWriteIsLostOrCountedTwiceThroughTenFaults() throws Exception {
        Path root = Path.of(System.getProperty("remacto.root", "..")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory(Files.createDirectories(root.resolve("chaos/target")), "chaos-it-");
        ChaosOptions options = new ChaosOptions(10, Duration.ofSeconds(90), 1, KINDS, 16, Duration.ofSeconds(30),
                Duration.ofSeconds(13), home, root, 19000, System.currentTimeMillis());

        ChaosReport report = ChaosRun.run(options);

        assertThat(report.acknowledged()).as("writes acknowledged").isPositive();
        assertThat(report.lost()).as("acknowledged writes lost: %s", report.failures()).isZero();
        assertThat(report.doubleCounted()).as("acknowledged writes counted twice: %s", report.failures()).isZero();
        assertThat(report.everyCheckPassed()).as("every check passed: %s", report.failures()).isTrue();
        for (FaultKind kind : KINDS) {
            if (kind != FaultKind.KAFKA_DISK_FULL || report.diskFaultAvailable()) {
                assertThat(report.faultsInjected(kind)).as("faults of kind %s", kind.option()).isPositive();
            }
        }
    }
}
