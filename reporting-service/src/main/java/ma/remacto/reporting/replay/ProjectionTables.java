package ma.remacto.reporting.replay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projection tables of a schema and their checksums. A checksum covers every row of a table,
 * whatever its physical order, and every column but those whose values are local to one database
 * (serial positions and reception times): the number of rows and the sum of a 64-bit hash of
 * each row's text. Two schemas holding the same projected facts have equal checksums.
 */
@Component
class ProjectionTables {

    /**
     * Tables that are not projections: the schema history; the hash chain, which its own consumer
     * computes from the raw records and which a rebuild leaves alone; and the service's keys
     * (service kit), which no event makes; and the rebuilds' own status.
     */
    private static final Set<String> NOT_PROJECTIONS = Set.of("flyway_schema_history", "chain_link", "chain_head",
            "service_key", "data_key", "projection_rebuild_run");

    private final JdbcClient jdbc;

    ProjectionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The projection tables of the schema, by name. */
    List<String> in(String schema) {
        return jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = :schema AND table_type = 'BASE TABLE'
                        ORDER BY table_name""")
                .param("schema", schema)
                .query(String.class)
                .list()
                .stream()
                .filter(table -> !NOT_PROJECTIONS.contains(table))
                .toList();
    }

    /** Rows and checksum of one table. */
    TableChecksum checksum(String schema, String table) {
        List<String> columns = jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = :schema AND table_name = :table
                          AND COALESCE(column_default, '') NOT LIKE 'nextval(%'
                          AND COALESCE(column_default, '') <> 'now()'
                        ORDER BY ordinal_position""")
                .param("schema", schema)
                .param("table", table)
                .query(String.class)
                .list();
        String row = columns.stream().map(ProjectionTables::quoted).collect(Collectors.joining(", "));
        Map<String, Object> result = jdbc.sql("SELECT count(*) AS n, "
                        + "COALESCE(sum(hashtextextended(ROW(" + row + ")::text, 0)::numeric), 0) AS h "
                        + "FROM " + quoted(schema) + "." + quoted(table))
                .query()
                .singleRow();
        long rows = ((Number) result.get("n")).longValue();
        java.math.BigInteger sum = new java.math.BigDecimal(result.get("h").toString()).toBigInteger();
        return new TableChecksum(table, rows, rows + ":" + sum.toString(16));
    }

    /** The number of rows of one table as PostgreSQL's statistics estimate it (no table scan). */
    long estimatedRows(String schema, String table) {
        return jdbc.sql("""
                        SELECT COALESCE((SELECT n_live_tup FROM pg_stat_all_tables
                                         WHERE schemaname = :schema AND relname = :table), 0)""")
                .param("schema", schema)
                .param("table", table)
                .query(Long.class)
                .single();
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The rows of a table and the checksum over them. */
    record TableChecksum(String table, long rows, String checksum) {
    }
}
