package ma.remacto.reporting.replay;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * The rebuild's own schema: fresh projection tables made by the live migrations, with their
 * secondary indexes set aside while the replay writes; and the swap that puts them in the live
 * tables' place in one transaction.
 */
class RebuildSchema {

    static final String LIVE = "public";
    static final String REBUILT = "projection_rebuild";
    static final String RETIRED = "projection_retired";

    private static final Logger log = LoggerFactory.getLogger(RebuildSchema.class);
    /** Secondary indexes that the replay itself reads through (redacting the audit), kept from the start. */
    private static final Set<String> READ_WHILE_REPLAYING = Set.of("audit_entry_personal_key");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Flyway flyway;
    private final ProjectionTables tables;

    RebuildSchema(JdbcClient jdbc, TransactionTemplate transactions, Flyway flyway, ProjectionTables tables) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.flyway = flyway;
        this.tables = tables;
    }

    /** Makes the fresh tables (dropping what an earlier rebuild left) and answers the indexes set aside. */
    List<SetAsideIndex> prepare() {
        drop(REBUILT);
        drop(RETIRED);
        Flyway.configure(getClass().getClassLoader())
                .configuration(flyway.getConfiguration())
                .schemas(REBUILT)
                .defaultSchema(REBUILT)
                .createSchemas(true)
                .load()
                .migrate();
        List<String> projectionTables = tables.in(REBUILT);
        for (String table : jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = :schema AND table_type = 'BASE TABLE'""")
                .param("schema", REBUILT).query(String.class).list()) {
            if (!projectionTables.contains(table)) {
                jdbc.sql("DROP TABLE " + quoted(REBUILT) + "." + quoted(table)).update();
            }
        }
        List<SetAsideIndex> setAside = new ArrayList<>(jdbc.sql("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                        WHERE i.schemaname = :schema
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                          WHERE c.conname = i.indexname AND c.connamespace = CAST(:schema AS regnamespace))
                        ORDER BY i.indexname""")
                .param("schema", REBUILT)
                .query((rs, n) -> SetAsideIndex.index(REBUILT, rs.getString(1), rs.getString(2)))
                .list());
        setAside.removeIf(index -> READ_WHILE_REPLAYING.contains(index.name()));
        // Unique constraints other than primary keys only guard what the claims already ensure.
        setAside.addAll(jdbc.sql("""
                        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                        WHERE c.connamespace = CAST(:schema AS regnamespace) AND c.contype = 'u'
                        ORDER BY c.conname""")
                .param("schema", REBUILT)
                .query((rs, n) -> SetAsideIndex.uniqueConstraint(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        setAside.forEach(index -> jdbc.sql(index.drop()).update());
        return setAside;
    }

    /**
     * Settles the positions of the rebuilt audit entries the live trail lacked when they were
     * replayed (negative until now): the live position when it has them by now, else after the
     * last one. Then moves the rebuilt tables in and the live ones out, in one transaction.
     */
    void swap() {
        List<String> live = tables.in(LIVE);
        transactions.executeWithoutResult(status -> {
            String rebuiltAudit = quoted(REBUILT) + ".audit_entry";
            jdbc.sql("UPDATE " + rebuiltAudit + " r SET position = l.position FROM " + quoted(LIVE)
                    + ".audit_entry l WHERE r.position < 0 AND l.source = r.source AND l.event_id = r.event_id").update();
            jdbc.sql("WITH next AS (SELECT position, (SELECT COALESCE(max(position), 0) FROM " + rebuiltAudit
                    + ") + row_number() OVER (ORDER BY position DESC) AS assigned FROM " + rebuiltAudit
                    + " WHERE position < 0) UPDATE " + rebuiltAudit + " r SET position = next.assigned FROM next "
                    + "WHERE r.position = next.position").update();
            jdbc.sql("SELECT setval(pg_get_serial_sequence(:table, 'position'), "
                            + "GREATEST((SELECT COALESCE(max(position), 0) FROM " + rebuiltAudit + "), 1))")
                    .param("table", REBUILT + ".audit_entry")
                    .query().singleRow();
            jdbc.sql("SET LOCAL lock_timeout TO '30s'").update();
            jdbc.sql("CREATE SCHEMA " + quoted(RETIRED)).update();
            for (String table : live) {
                jdbc.sql("ALTER TABLE " + quoted(LIVE) + "." + quoted(table) + " SET SCHEMA " + quoted(RETIRED)).update();
                jdbc.sql("ALTER TABLE " + quoted(REBUILT) + "." + quoted(table) + " SET SCHEMA " + quoted(LIVE)).update();
            }
        });
        drop(RETIRED);
        drop(REBUILT);
    }

    /** Drops a schema of the rebuild's and everything in it; a failure is logged, not thrown. */
    void drop(String schema) {
        try {
            jdbc.sql("DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE").update();
        } catch (RuntimeException e) {
            log.warn("could not drop schema {}: {}", schema, e.toString());
        }
    }
}
