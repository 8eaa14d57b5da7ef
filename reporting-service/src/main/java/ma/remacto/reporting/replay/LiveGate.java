package ma.remacto.reporting.replay;

import ma.remacto.reporting.inbound.ProjectionLocks;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * Holds the live projections still for the end of a rebuild, across every thread and instance
 * that applies live batches: each live transaction holds {@link ProjectionLocks#LIVE_GATE}
 * shared, and the gate takes it exclusively on a connection of its own, so that it closes once
 * the batches under way have committed and no other starts until it opens again (or until the
 * connection ends, should this instance die).
 */
final class LiveGate implements AutoCloseable {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private Connection held;

    LiveGate(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Waits until the live projections stand at or beyond the replay in every partition, then
     * closes the gate and answers where the live projections stand, which no longer moves.
     */
    Map<TopicPartition, Long> closeOnceLiveAtOrBeyond(RebuildProgress progress, Duration giveUpAfter,
                                                      Consumer<String> waiting) {
        Instant giveUp = Instant.now().plus(giveUpAfter);
        while (!progress.liveAtOrBeyond(livePositions())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the live projections did not reach the rebuild's position within "
                        + giveUpAfter.toMinutes() + " minutes");
            }
            waiting.accept("waiting for the live projections to reach the rebuild's position");
            sleep(Duration.ofMillis(500));
        }
        close(giveUpAfter);
        return livePositions();
    }

    /** Where the live projections stand: the next offset of every partition they took a record of. */
    Map<TopicPartition, Long> livePositions() {
        Map<TopicPartition, Long> at = new LinkedHashMap<>();
        jdbc.sql("SELECT topic, partition, next_offset FROM " + quoted(RebuildSchema.LIVE) + ".projection_offset")
                .query((rs, n) -> at.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3)))
                .list();
        return at;
    }

    boolean closed() {
        return held != null;
    }

    private void close(Duration wait) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET lock_timeout TO '" + Math.max(1, wait.toSeconds()) + "s'");
                }
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                    lock.setInt(1, ProjectionLocks.SPACE);
                    lock.setInt(2, ProjectionLocks.LIVE_GATE);
                    lock.execute();
                }
                held = connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the live projections could not be held still: " + e.getMessage(), e);
        }
    }

    /** Opens the gate, if closed: the live projections go on. */
    @Override
    public void close() {
        if (held == null) {
            return;
        }
        Connection connection = held;
        held = null;
        try (connection) {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                unlock.setInt(1, ProjectionLocks.SPACE);
                unlock.setInt(2, ProjectionLocks.LIVE_GATE);
                unlock.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET lock_timeout");
            }
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(LiveGate.class).warn("opening the live gate: {}", e.toString());
            abort(connection);
        }
    }

    /**
     * Ends a connection that may still hold a session lock, rather than handing it back to the
     * pool with the lock: the server lets the lock go with the session.
     */
    static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(LiveGate.class).warn("ending a connection: {}", e.toString());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
