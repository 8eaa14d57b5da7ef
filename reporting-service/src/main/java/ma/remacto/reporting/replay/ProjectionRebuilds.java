package ma.remacto.reporting.replay;

import ma.remacto.kit.domain.RuleViolation;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ma.remacto.reporting.inbound.EventApplier;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts rebuilds of the projections, one at a time, and tells where the latest stands. Each runs
 * on a thread of its own while the live projections keep serving; see {@link Rebuild}.
 */
@Service
public class ProjectionRebuilds {

    private final Rebuild.Parts parts;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Rebuild> latest = new AtomicReference<>();

    ProjectionRebuilds(JdbcClient jdbc, TransactionTemplate transactions, EventApplier applier, Flyway flyway,
                       KafkaProperties kafka, KafkaListenerEndpointRegistry listeners, ProjectionTables tables,
                       @Value("${remacto.projections.rebuild-batch:2000}") int batchSize,
                       @Value("${remacto.projections.rebuild-workers:3}") int workers) {
        this.parts = new Rebuild.Parts(jdbc, transactions, applier, flyway, kafka, listeners, tables,
                batchSize, workers);
    }

    /** Starts a rebuild; 409 while another one runs. */
    public synchronized RebuildStatus start(String requestedBy, boolean swapWhenDifferent) {
        Rebuild running = latest.get();
        if (running != null && !running.finished()) {
            throw new RuleViolation("rebuild-in-progress", "rebuild " + running.status().rebuildId()
                    + " is still running; follow it at GET /api/admin/projections");
        }
        Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), requestedBy, swapWhenDifferent, parts);
        latest.set(rebuild);
        runner.execute(rebuild::run);
        return rebuild.status();
    }

    /** The latest rebuild, running or ended; null when none ran since this instance started. */
    public RebuildStatus latest() {
        Rebuild rebuild = latest.get();
        return rebuild == null ? null : rebuild.status();
    }

    /** The live projection tables with their estimated numbers of rows. */
    public List<LiveTable> liveTables() {
        return parts.tables().in(Rebuild.LIVE).stream()
                .map(table -> new LiveTable(table, parts.tables().estimatedRows(Rebuild.LIVE, table)))
                .toList();
    }

    /** A live projection table and its number of rows as the database's statistics estimate it. */
    public record LiveTable(String table, long estimatedRows) {
    }

    /** Where the live projections stand in each topic partition. */
    public List<RebuildStatus.PartitionProgress> livePositions() {
        return parts.jdbc().sql("SELECT topic, partition, next_offset FROM projection_offset ORDER BY topic, partition")
                .query((rs, n) -> new RebuildStatus.PartitionProgress(rs.getString(1), rs.getInt(2), rs.getLong(3),
                        rs.getLong(3)))
                .list();
    }

    @PreDestroy
    void stop() {
        Rebuild rebuild = latest.get();
        if (rebuild != null) {
            rebuild.cancel();
        }
        runner.shutdownNow();
    }
}
