package ma.remacto.reporting.replay;

import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.reporting.inbound.EventApplier;
import ma.remacto.reporting.inbound.ProjectionLocks;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts rebuilds of the projections, one at a time across every instance of the service
 * ({@link ProjectionLocks#REBUILD_RUNNING}, held on a connection of its own while the rebuild
 * runs), and tells where the latest stands, whichever instance runs it. Each runs on a thread
 * of its own while the live projections keep serving; see {@link Rebuild}.
 */
@Service
public class ProjectionRebuilds {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ProjectionTables tables;
    private final RebuildLedger ledger;
    private final Rebuild.Parts parts;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Rebuild> ours = new AtomicReference<>();

    ProjectionRebuilds(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, EventApplier applier,
                       Flyway flyway, KafkaProperties kafka, ProjectionTables tables, RebuildLedger ledger,
                       @Value("${remacto.projections.rebuild-batch:2000}") int batchSize,
                       @Value("${remacto.projections.rebuild-workers:3}") int workers) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tables = tables;
        this.ledger = ledger;
        this.parts = new Rebuild.Parts(new RebuildSchema(jdbc, transactions, flyway, tables),
                new ReplayWorkers.Setup(jdbc, transactions, applier, kafka, batchSize, workers),
                new Verification(jdbc, transactions, tables),
                () -> new LiveGate(dataSource, jdbc), ledger);
    }

    /** Starts a rebuild; 409 while another one runs on any instance. */
    public synchronized RebuildStatus start(String requestedBy, boolean swapWhenDifferent) {
        Connection running = claimRunning();
        if (running == null) {
            String which = ledger.latest().filter(status -> !status.state().ended())
                    .map(status -> "rebuild " + status.rebuildId()).orElse("another rebuild");
            throw new RuleViolation("rebuild-in-progress", which + " is still running; follow it at GET /api/admin/projections");
        }
        Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), requestedBy, swapWhenDifferent, parts);
        ours.set(rebuild);
        ledger.save(rebuild.status());
        runner.execute(() -> {
            try {
                rebuild.run();
            } finally {
                release(running);
            }
        });
        return rebuild.status();
    }

    /** The latest rebuild started on any instance, running or ended; null when none ever ran. */
    public RebuildStatus latest() {
        return ledger.latest().orElse(null);
    }

    /** The live projection tables with their estimated numbers of rows. */
    public List<LiveTable> liveTables() {
        return tables.in(RebuildSchema.LIVE).stream()
                .map(table -> new LiveTable(table, tables.estimatedRows(RebuildSchema.LIVE, table)))
                .toList();
    }

    /** A live projection table and its number of rows as the database's statistics estimate it. */
    public record LiveTable(String table, long estimatedRows) {
    }

    /** Where the live projections stand in each topic partition. */
    public List<RebuildStatus.PartitionProgress> livePositions() {
        return jdbc.sql("SELECT topic, partition, next_offset FROM projection_offset ORDER BY topic, partition")
                .query((rs, n) -> new RebuildStatus.PartitionProgress(rs.getString(1), rs.getInt(2), rs.getLong(3),
                        rs.getLong(3)))
                .list();
    }

    /**
     * A connection holding {@link ProjectionLocks#REBUILD_RUNNING}, or null when another holds it.
     * A rebuild reads as ended a moment before its instance lets the lock go: a request in that
     * moment waits for the lock rather than being refused.
     */
    private Connection claimRunning() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Connection connection = tryClaimRunning();
            if (connection != null || ledger.latest().map(status -> !status.state().ended()).orElse(false)) {
                return connection;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private Connection tryClaimRunning() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                connection.setAutoCommit(true);
                lock.setInt(1, ProjectionLocks.SPACE);
                lock.setInt(2, ProjectionLocks.REBUILD_RUNNING);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("could not tell whether a rebuild runs: " + e.getMessage(), e);
        }
    }

    /** Lets the lock go; a pooled connection keeps its session's locks, so a failure ends the connection. */
    private static void release(Connection running) {
        try (Connection connection = running;
             PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, ProjectionLocks.SPACE);
            unlock.setInt(2, ProjectionLocks.REBUILD_RUNNING);
            unlock.execute();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(ProjectionRebuilds.class).warn("releasing the rebuild lock: {}", e.toString());
            LiveGate.abort(running);
        }
    }

    @PreDestroy
    void stop() {
        Rebuild rebuild = ours.get();
        if (rebuild != null) {
            rebuild.cancel();
        }
        runner.shutdownNow();
    }
}
