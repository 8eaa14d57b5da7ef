package ma.remacto.reporting.query;

import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.domain.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads of the network dashboard. */
@Service
public class NetworkDashboards {

    private final JdbcClient jdbc;

    NetworkDashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NetworkDashboard at(LocalDate asOf) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (CollectivityKind kind : CollectivityKind.values()) {
            byKind.put(kind.name(), 0L);
        }
        Map<String, Long> byRegion = new TreeMap<>();
        // A collectivity is a member at a date when its last dated status by then is a member's.
        jdbc.sql("""
                        WITH standing AS (
                            SELECT DISTINCT ON (collectivity_id) collectivity_id, status
                            FROM member_status_history
                            WHERE effective_on IS NOT NULL AND effective_on <= :asOf
                            ORDER BY collectivity_id, sequence DESC)
                        SELECT m.kind, COALESCE(m.region_id, 'unknown') AS region, count(*) AS members
                        FROM standing JOIN member m USING (collectivity_id)
                        WHERE standing.status IN ('ADMITTED', 'ACTIVE', 'SUSPENDED')
                        GROUP BY m.kind, COALESCE(m.region_id, 'unknown')""")
                .param("asOf", Date.valueOf(asOf))
                .query(rs -> {
                    byKind.merge(rs.getString("kind"), rs.getLong("members"), Long::sum);
                    byRegion.merge(rs.getString("region"), rs.getLong("members"), Long::sum);
                });
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> byStatus = new TreeMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM member GROUP BY status")
                .query(rs -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        long activities = jdbc.sql("SELECT count(*) FROM network_activity WHERE held_on <= :asOf")
                .param("asOf", Date.valueOf(asOf)).query(Long.class).single();
        Timestamp endOfDay = Timestamp.from(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        long processes = jdbc.sql("SELECT count(*) FROM process_summary WHERE opened_at < :end")
                .param("end", endOfDay).query(Long.class).single();
        long drafted = jdbc.sql("SELECT count(DISTINCT program_id) FROM program_status_history WHERE effective_on <= :asOf")
                .param("asOf", Date.valueOf(asOf)).query(Long.class).single();
        // Adopted by then, whatever became of them since (in execution, closed); as the council adopted them.
        Programmed programmed = jdbc.sql("""
                        SELECT count(*) AS adopted, COALESCE(sum(adopted_total_cost_mad), 0) AS cost
                        FROM program_summary WHERE adopted_on <= :asOf""")
                .param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Programmed(rs.getLong("adopted"), rs.getBigDecimal("cost")))
                .single();
        return new NetworkDashboard(new NetworkDashboard.Members(asOf, total, byKind, byRegion), byStatus,
                activities, processes, drafted, programmed.adopted(), Money.plain(programmed.cost()));
    }

    private record Programmed(long adopted, BigDecimal cost) {
    }
}
