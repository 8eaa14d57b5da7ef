package ma.remacto.reporting.replay;

import ma.remacto.infra.PostgresServer;
import ma.remacto.reporting.inbound.ProjectionLocks;
import ma.remacto.testkit.RealInfrastructure;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locks by which instances of reporting-service agree, on a real PostgreSQL: the live gate
 * (closed only once the live projections reached the replay, then holding every live
 * transaction back until it opens) and the rebuilds' shared status.
 */
class LiveGateIT {

    private static final TopicPartition PARTITION = new TopicPartition("remacto.network.v1", 0);

    private SimpleDriverDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        PostgresServer postgres = RealInfrastructure.get().postgres();
        String database = RealInfrastructure.get().newDatabase("reporting_gate");
        dataSource = new SimpleDriverDataSource(new Driver(), postgres.jdbcUrl(database), postgres.username(),
                postgres.password());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                CREATE TABLE projection_offset (topic text, partition integer, next_offset bigint,
                                                PRIMARY KEY (topic, partition))""").update();
        jdbc.sql("""
                CREATE TABLE projection_rebuild_run (rebuild_id text PRIMARY KEY, started_at timestamptz NOT NULL,
                                                     status jsonb NOT NULL)""").update();
    }

    @Test
    void theGateClosesOnceTheLiveProjectionsReachedTheReplayAndHoldsLiveTransactionsUntilItOpens() throws Exception {
        jdbc.sql("INSERT INTO projection_offset VALUES ('remacto.network.v1', 0, 3)").update();
        RebuildProgress progress = new RebuildProgress();
        progress.start(Map.of(PARTITION, 0L), Map.of(PARTITION, 5L));
        progress.movedTo(PARTITION, 5);
        Thread live = new Thread(() -> {
            sleep(700);
            jdbc.sql("UPDATE projection_offset SET next_offset = 6").update();
        });
        live.start();
        List<String> waited = new CopyOnWriteArrayList<>();

        try (LiveGate gate = new LiveGate(dataSource, jdbc)) {
            Map<TopicPartition, Long> targets = gate.closeOnceLiveAtOrBeyond(progress, Duration.ofMinutes(1), waited::add);

            assertThat(waited).as("it waited for the live projections").isNotEmpty();
            assertThat(targets).containsExactly(Map.entry(PARTITION, 6L));
            assertThat(gate.closed()).isTrue();
            assertThat(liveTransactionMayStart()).isFalse();
        }
        assertThat(liveTransactionMayStart()).isTrue();
        live.join();
    }

    @Test
    void aLiveTransactionUnderWayIsLetFinishBeforeTheGateCloses() throws Exception {
        jdbc.sql("INSERT INTO projection_offset VALUES ('remacto.network.v1', 0, 9)").update();
        RebuildProgress progress = new RebuildProgress();
        progress.start(Map.of(PARTITION, 0L), Map.of(PARTITION, 9L));
        try (Connection underWay = dataSource.getConnection(); LiveGate gate = new LiveGate(dataSource, jdbc)) {
            underWay.setAutoCommit(false);
            assertThat(query(underWay, "SELECT pg_try_advisory_xact_lock_shared(" + ProjectionLocks.SPACE + ", "
                    + ProjectionLocks.LIVE_GATE + ")")).isTrue();
            Thread commitLater = new Thread(() -> {
                sleep(800);
                try {
                    underWay.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            commitLater.start();
            Instant before = Instant.now();
            gate.closeOnceLiveAtOrBeyond(progress, Duration.ofMinutes(1), message -> { });
            assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(700));
            commitLater.join();
        }
    }

    @Test
    void aRebuildNobodyRunsAnyMoreReadsAsFailedWhileOneRunningReadsAsItIs() throws Exception {
        RebuildLedger ledger = new RebuildLedger(jdbc, JsonMapper.builder().build());
        assertThat(ledger.latest()).isEmpty();
        RebuildStatus replaying = new RebuildStatus("r-1", RebuildState.REPLAYING, "p-operator", false,
                Instant.parse("2026-12-01T10:00:00Z"), null, 10, 9, 100, 5,
                List.of(new RebuildStatus.PartitionProgress("remacto.network.v1", 0, 10, 100)), List.of(), "replaying");
        ledger.save(replaying);

        try (Connection instance = dataSource.getConnection()) {
            assertThat(query(instance, "SELECT pg_try_advisory_lock(" + ProjectionLocks.SPACE + ", "
                    + ProjectionLocks.REBUILD_RUNNING + ")")).isTrue();
            assertThat(ledger.running()).isTrue();
            assertThat(ledger.latest()).contains(replaying);
        }
        assertThat(ledger.running()).as("the instance's connection ended, and with it its lock").isFalse();
        RebuildStatus abandoned = ledger.latest().orElseThrow();
        assertThat(abandoned.state()).isEqualTo(RebuildState.FAILED);
        assertThat(abandoned.message()).contains("stopped");
        assertThat(abandoned.eventsRead()).isEqualTo(10);

        RebuildStatus later = new RebuildStatus("r-2", RebuildState.SWAPPED, "p-operator", false,
                Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:01:00Z"), 100, 100, 100, 50,
                List.of(), List.of(new RebuildStatus.TableComparison("member", 1, "1:a", 1, "1:a", true)), "swapped");
        ledger.save(later);
        assertThat(ledger.latest()).contains(later);
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private boolean liveTransactionMayStart() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            boolean may = query(connection, "SELECT pg_try_advisory_xact_lock_shared(" + ProjectionLocks.SPACE + ", "
                    + ProjectionLocks.LIVE_GATE + ")");
            connection.rollback();
            return may;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
