package ma.remacto.network.query;

import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.kit.web.Page;
import ma.remacto.network.command.MembershipStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads of the collectivity read model. */
@Service
public class CollectivityQueries {

    private static final TypeReference<Map<String, BigDecimal>> INDICATORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    CollectivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM collectivity WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** The ids among the given ones that are not registered. */
    public List<String> unknown(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT id FROM collectivity WHERE id IN (:ids)").param("ids", ids)
                .query(String.class).list();
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    public Optional<CollectivityView> find(String id) {
        // one query after the other: a query inside a row mapper would hold two connections at once
        return jdbc.sql("SELECT * FROM collectivity WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs, null)).optional()
                .map(c -> new CollectivityView(c.id(), c.kind(), c.nameAr(), c.nameFr(), c.nameTzm(), c.regionId(),
                        c.province(), c.status(), c.charterSignedOn(), c.charterSignatory(), c.registeredAt(), history(id)));
    }

    /** A page of collectivities ordered by id, after the cursor (the last id of the previous page). */
    public Page<CollectivityView> list(CollectivityKind kind, MembershipStatus status, String regionId,
                                       String after, int limit) {
        List<CollectivityView> rows = jdbc.sql("""
                        SELECT * FROM collectivity
                        WHERE (CAST(:kind AS varchar) IS NULL OR kind = :kind)
                          AND (CAST(:status AS varchar) IS NULL OR status = :status)
                          AND (CAST(:region AS varchar) IS NULL OR region_id = :region)
                          AND (CAST(:after AS varchar) IS NULL OR id > :after)
                        ORDER BY id LIMIT :limit""")
                .param("kind", kind == null ? null : kind.name())
                .param("status", status == null ? null : status.name())
                .param("region", regionId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> view(rs, null)).list();
        return Page.of(rows, limit, CollectivityView::id);
    }

    public NetworkStats stats(LocalDate asOf) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (CollectivityKind kind : CollectivityKind.values()) {
            byKind.put(kind.name(), 0L);
        }
        Map<String, Long> byRegion = new TreeMap<>();
        jdbc.sql("""
                        SELECT c.kind, COALESCE(c.region_id, 'unknown') AS region, count(*) AS members
                        FROM collectivity c
                        JOIN LATERAL (SELECT h.status FROM collectivity_history h
                                      WHERE h.collectivity_id = c.id AND h.effective_on IS NOT NULL
                                        AND h.effective_on <= :asOf
                                      ORDER BY h.sequence DESC LIMIT 1) latest ON true
                        WHERE latest.status IN ('ADMITTED', 'ACTIVE', 'SUSPENDED')
                        GROUP BY c.kind, COALESCE(c.region_id, 'unknown')""")
                .param("asOf", Date.valueOf(asOf))
                .query(rs -> {
                    long members = rs.getLong("members");
                    byKind.merge(rs.getString("kind"), members, Long::sum);
                    byRegion.merge(rs.getString("region"), members, Long::sum);
                });
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new NetworkStats(asOf, total, byKind, byRegion);
    }

    private List<CollectivityView.HistoryEntry> history(String id) {
        return jdbc.sql("SELECT * FROM collectivity_history WHERE collectivity_id = :id ORDER BY sequence")
                .param("id", id)
                .query((rs, n) -> new CollectivityView.HistoryEntry(
                        rs.getLong("sequence"),
                        rs.getString("status"),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("reason"),
                        indicators(rs.getString("indicators")),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Map<String, BigDecimal> indicators(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, INDICATORS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CollectivityView view(ResultSet rs, List<CollectivityView.HistoryEntry> history) throws SQLException {
        return new CollectivityView(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("name_ar"),
                rs.getString("name_fr"),
                rs.getString("name_tzm"),
                rs.getString("region_id"),
                rs.getString("province"),
                rs.getString("status"),
                rs.getObject("charter_signed_on", LocalDate.class),
                rs.getString("charter_signatory"),
                rs.getTimestamp("registered_at").toInstant(),
                history);
    }
}
