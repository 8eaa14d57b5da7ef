package ma.remacto.kit.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.List;

/**
 * A Flyway migration that needs the running service (its keys, its configuration), declared as a
 * Spring bean: Spring Boot's Flyway runs it in version order with the SQL migrations. Most rewrite
 * stored events into a new revision, hence the two helpers over the event store.
 */
public abstract class ApplicationMigration implements JavaMigration {

    /** An event as the store holds it: its global index and its serialized payload. */
    public record StoredEvent(long globalIndex, String aggregateId, byte[] payload) {
    }

    private final MigrationVersion version;
    private final String description;

    protected ApplicationMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** Applies the migration through the migration's own connection and transaction. */
    protected abstract void migrate(JdbcClient jdbc) throws Exception;

    @Override
    public final void migrate(Context context) throws Exception {
        migrate(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** The stored events of one payload type written before revision 2 (revision none or 1), in order. */
    protected static List<StoredEvent> firstRevisionEvents(JdbcClient jdbc, Class<?> payloadType) {
        return jdbc.sql("""
                        SELECT globalindex, aggregateidentifier, payload FROM domainevententry
                        WHERE payloadtype = :type AND (payloadrevision IS NULL OR payloadrevision = '1')
                        ORDER BY globalindex""")
                .param("type", payloadType.getName())
                .query((rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** Replaces a stored event's payload by its new revision. */
    protected static void rewrite(JdbcClient jdbc, StoredEvent event, byte[] payload, String revision) {
        jdbc.sql("UPDATE domainevententry SET payload = :payload, payloadrevision = :revision WHERE globalindex = :index")
                .param("payload", payload).param("revision", revision).param("index", event.globalIndex())
                .update();
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Java migrations carry no checksum: their code is their content. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
