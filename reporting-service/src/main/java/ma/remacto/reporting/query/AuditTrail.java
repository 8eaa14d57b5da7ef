package ma.remacto.reporting.query;

import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.util.List;

/** Reads of the audit trail, in log order, one page at a time. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AuditEntry> find(AuditQuery query) {
        List<AuditEntry> rows = jdbc.sql("""
                        SELECT * FROM audit_entry
                        WHERE (CAST(:collectivity AS varchar) IS NULL OR collectivity = :collectivity)
                          AND (CAST(:aggregate AS varchar) IS NULL OR aggregate_id = :aggregate)
                          AND (CAST(:type AS varchar) IS NULL OR type = :type)
                          AND (CAST(:from AS timestamptz) IS NULL OR time >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR time < :to)
                          AND (CAST(:after AS bigint) IS NULL OR position > :after)
                        ORDER BY position LIMIT :limit""")
                .param("collectivity", query.collectivity())
                .param("aggregate", query.aggregate())
                .param("type", query.type())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("after", query.after())
                .param("limit", query.limit() + 1)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("position"),
                        rs.getString("event_id"),
                        rs.getString("type"),
                        rs.getTimestamp("time").toInstant(),
                        rs.getString("collectivity"),
                        rs.getString("actor_role"),
                        rs.getString("actor"),
                        rs.getString("aggregate_id"),
                        (Long) rs.getObject("sequence"),
                        rs.getString("reason"),
                        rs.getString("correlation_id"),
                        rs.getString("source"),
                        rs.getString("data")))
                .list();
        return Page.of(rows, query.limit(), entry -> Long.toString(entry.position()));
    }
}
