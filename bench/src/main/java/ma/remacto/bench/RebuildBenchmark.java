package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Rebuild benchmark (prints figures, asserts nothing): starts a PostgreSQL and a Kafka of its own,
 * writes about a million events of a realistic mix into the three topics (members, co-creation
 * with proposals and votes, programs), runs reporting-service in a JVM of its own until its live
 * projections have taken them all, measures how fast a plain consumer reads the same topics, then
 * rebuilds every projection from the topics and reports the speed, its ratio to the plain read,
 * whether the rebuilt tables equal the live ones, and the service's peak memory.
 *
 * <p>Arguments: [collectivities (1000)] [reporting JVM options ("-Xmx1g")].
 */
public final class RebuildBenchmark {

    /** The rebuild's overall rate should reach this share of a plain consumer's. */
    private static final double TARGET_RATIO = 0.25;

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int collectivities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String jvmOptions = args.length > 1 ? args[1] : "-Xmx1g";
        Path home = Files.createTempDirectory("remacto-rebuild-bench");
        System.out.printf("rebuild benchmark: %d collectivities, reporting JVM %s, data in %s%n", collectivities, jvmOptions, home);
        try (StandaloneReporting reporting = StandaloneReporting.infrastructure(home)) {
            long generated = SampleEvents.write(reporting.bootstrapServers(), collectivities, SampleEvents.Shape.YEAR);

            reporting.startService(jvmOptions);
            double liveSeconds = reporting.awaitLive(generated);
            System.out.printf("live projections took all %,d events %.1f s after the service started (start-up included: %,.0f events/s)%n",
                    generated, liveSeconds, generated / liveSeconds);
            reporting.awaitChain(generated);

            RawConsume.Result raw = RawConsume.best(reporting.bootstrapServers(), StandaloneReporting.TOPICS, 2);
            System.out.printf("raw consume (plain KafkaConsumer, byte[], all partitions from the start, best of 2): "
                    + "%,d records, %,.0f MB in %.1f s → %,.0f records/s%n",
                    raw.records(), raw.bytes() / 1e6, raw.seconds(), raw.recordsPerSecond());

            String id = reporting.startRebuild().path("rebuildId").asText();
            System.out.printf("rebuild %s started%n", id);
            JsonNode rebuild;
            while (true) {
                Thread.sleep(2000);
                rebuild = reporting.status().path("rebuild");
                System.out.printf("  %s: %,d of %,d records read, %,d records/s%n", rebuild.path("state").asText(),
                        rebuild.path("eventsRead").asLong(), rebuild.path("eventsTotal").asLong(),
                        rebuild.path("eventsPerSecond").asLong());
                if (!rebuild.path("finishedAt").isNull()) {
                    break;
                }
            }
            report(rebuild, raw);
            System.out.printf("reporting memory:  peak resident %,d MB, now %,d MB (JVM %s)%n",
                    reporting.peakResidentMb(), reporting.residentMb(), jvmOptions);
            System.out.printf("service log:       %s%n", reporting.log());
        }
    }

    private static void report(JsonNode rebuild, RawConsume.Result raw) {
        Duration took = Duration.between(OffsetDateTime.parse(rebuild.path("startedAt").asText()),
                OffsetDateTime.parse(rebuild.path("finishedAt").asText()));
        long equalTables = 0;
        long tables = 0;
        long rows = 0;
        for (JsonNode table : rebuild.path("tables")) {
            tables++;
            rows += table.path("rebuiltRows").asLong();
            if (table.path("equal").asBoolean()) {
                equalTables++;
            }
        }
        double overall = rebuild.path("eventsRead").asLong() * 1000.0 / took.toMillis();
        System.out.println();
        System.out.println("=== rebuild of every projection ===");
        System.out.printf("state:             %s (%s)%n", rebuild.path("state").asText(), rebuild.path("message").asText());
        System.out.printf("records replayed:  %,d (%,d applied)%n", rebuild.path("eventsRead").asLong(),
                rebuild.path("eventsApplied").asLong());
        System.out.printf("duration:          %.1f s (fresh tables, replay, indexes, checksums, swap)%n", took.toMillis() / 1000.0);
        System.out.printf("speed:             %,.0f events/s overall%n", overall);
        System.out.printf("raw consume:       %,.0f records/s (plain KafkaConsumer, same topics)%n", raw.recordsPerSecond());
        System.out.printf("ratio rebuild/raw = %.2f (target >= %.2f)%n", overall / raw.recordsPerSecond(), TARGET_RATIO);
        System.out.printf("tables equal:      %d of %d (%,d rows)%n", equalTables, tables, rows);
    }
}
