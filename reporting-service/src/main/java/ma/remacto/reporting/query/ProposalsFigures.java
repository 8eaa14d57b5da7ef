package ma.remacto.reporting.query;

import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Figures of proposals that stations reported as one count, each marked approximate when it was
 * ("about 100"); a later figure for the same stations replaces the earlier one.
 */
@Component
class ProposalsFigures implements Projection {

    /** A figure and the stations it counts. */
    record Figure(List<String> stationIds, int proposals, boolean approximate) {
    }

    private final JdbcClient jdbc;

    ProposalsFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (event.payload() instanceof ProposalsFigureReportedEvent figure) {
            jdbc.sql("""
                            INSERT INTO proposals_figure (process_id, station_ids, proposals, approximate)
                            VALUES (:process, :stations, :proposals, :approximate)
                            ON CONFLICT (process_id, station_ids)
                            DO UPDATE SET proposals = :proposals, approximate = :approximate""")
                    .param("process", figure.processId())
                    .param("stations", String.join(" ", new TreeSet<>(figure.stationIds())))
                    .param("proposals", figure.proposals())
                    .param("approximate", figure.approximate())
                    .update();
        }
    }

    /** The figures reported for the collectivity's processes. */
    List<Figure> of(String collectivityId) {
        return jdbc.sql("""
                        SELECT f.station_ids, f.proposals, f.approximate
                        FROM proposals_figure f JOIN process_summary p ON p.process_id = f.process_id
                        WHERE p.collectivity_id = :id
                        ORDER BY f.process_id, f.station_ids""")
                .param("id", collectivityId)
                .query((rs, n) -> new Figure(Arrays.asList(rs.getString("station_ids").split(" ")),
                        rs.getInt("proposals"), rs.getBoolean("approximate")))
                .list();
    }
}
