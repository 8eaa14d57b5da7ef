package ma.remacto.participation.query;

import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.kit.kafka.EventJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;

/** Keeps the figures of proposals reported by the stations; a later figure for the same stations replaces it. */
@Component
@ProcessingGroup(ProcessProjection.PROCESSING_GROUP)
class ProposalFigureProjection {

    private final JdbcClient jdbc;

    ProposalFigureProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalsFigureReportedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO proposal_figure (process_id, stations, station_ids, proposals, approximate, reported_at)
                        VALUES (:process, :stations, CAST(:stationIds AS jsonb), :proposals, :approximate, :at)
                        ON CONFLICT (process_id, stations) DO UPDATE SET proposals = EXCLUDED.proposals,
                            approximate = EXCLUDED.approximate, reported_at = EXCLUDED.reported_at""")
                .param("process", event.processId())
                .param("stations", String.join(" ", event.stationIds()))
                .param("stationIds", new String(EventJson.write(event.stationIds()), StandardCharsets.UTF_8))
                .param("proposals", event.proposals())
                .param("approximate", event.approximate())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM proposal_figure").update();
    }
}
