package ma.remacto.reporting.replay;

import ma.remacto.reporting.inbound.ProjectionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * The rebuilds' status in the shared database: the instance running a rebuild writes it as it
 * goes, every instance reads it. A rebuild whose status never ended while no instance holds
 * {@link ProjectionLocks#REBUILD_RUNNING} was running on an instance that stopped: it reads as
 * FAILED.
 */
@Component
class RebuildLedger {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RebuildLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(RebuildStatus status) {
        jdbc.sql("""
                        INSERT INTO projection_rebuild_run (rebuild_id, started_at, status) VALUES (:id, :started, CAST(:status AS jsonb))
                        ON CONFLICT (rebuild_id) DO UPDATE SET status = EXCLUDED.status""")
                .param("id", status.rebuildId())
                .param("started", Timestamp.from(status.startedAt()))
                .param("status", json.writeValueAsString(status))
                .update();
    }

    /** The latest rebuild any instance started, if any. */
    Optional<RebuildStatus> latest() {
        Optional<RebuildStatus> latest = jdbc.sql("""
                        SELECT status::text FROM projection_rebuild_run ORDER BY started_at DESC, rebuild_id LIMIT 1""")
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, RebuildStatus.class));
        return latest.map(status -> status.state().ended() || running() ? status
                : status.abandoned("the instance running this rebuild stopped before it ended; nothing was swapped"));
    }

    /** Whether some instance runs a rebuild now. */
    boolean running() {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
                                       AND classid = CAST(:space AS oid) AND objid = CAST(:lock AS oid) AND objsubid = 2)""")
                .param("space", ProjectionLocks.SPACE)
                .param("lock", ProjectionLocks.REBUILD_RUNNING)
                .query(Boolean.class)
                .single();
    }
}
