package ma.remacto.chaos;

import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Waits until the platform is quiet after the load: the topics stop growing, every event the
 * services stored for publication is on them, and reporting's projections and hash chain stand at
 * the end of every partition.
 */
final class Settling {

    private Settling() {
    }

    /** Answers how long it took, or throws when the platform is not quiet within the timeout. */
    static Duration await(Postgres postgres, KafkaBroker kafka, Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<TopicPartition, Long> previous = Map.of();
        String lag = "";
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> ends = TopicRecords.ends(kafka.bootstrap());
            Map<TopicPartition, Long> projections = positions(postgres,
                    "SELECT topic, partition, next_offset FROM projection_offset", 0);
            Map<TopicPartition, Long> chain = positions(postgres, "SELECT topic, partition, \"offset\" FROM chain_head", 1);
            lag = lag(ends, projections, "projections") + lag(ends, chain, "chain");
            if (ends.equals(previous) && lag.isEmpty()) {
                // a publisher backing off after a failed batch leaves the topics still for a while
                long unpublished = unpublished(postgres, kafka);
                if (unpublished == 0) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                lag = " " + unpublished + " stored events not on the topics yet";
            }
            previous = ends;
            Thread.sleep(3000);
        }
        throw new IllegalStateException("the platform was not quiet after " + timeout.toSeconds() + " s:" + lag);
    }

    /** How many events the services stored for publication are not on their topics. */
    private static long unpublished(Postgres postgres, KafkaBroker kafka) throws SQLException {
        java.util.Set<String> onKafka = new java.util.HashSet<>();
        TopicRecords.read(kafka.bootstrap()).records.forEach(record -> onKafka.add(record.id()));
        return EventStores.read(postgres).events.stream().filter(EventStores.Stored::published)
                .filter(event -> !onKafka.contains(event.eventId())).count();
    }

    private static String lag(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> positions, String what) {
        StringBuilder lag = new StringBuilder();
        ends.forEach((partition, end) -> {
            long position = positions.getOrDefault(partition, 0L);
            if (position != end) {
                lag.append(' ').append(what).append(' ').append(partition).append(" at ").append(position).append(" of ")
                        .append(end);
            }
        });
        return lag.toString();
    }

    private static Map<TopicPartition, Long> positions(Postgres postgres, String sql, long add) throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                positions.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3) + add);
            }
        }
        return positions;
    }
}
