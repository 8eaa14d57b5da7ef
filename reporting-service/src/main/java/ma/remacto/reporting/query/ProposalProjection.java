package ma.remacto.reporting.query;

import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Proposals entered one by one, with their review status and its history; no title, body or
 * author, which the figures do not need.
 */
@Component
class ProposalProjection implements Projection {

    private final JdbcClient jdbc;

    ProposalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof ProposalSubmittedEvent submitted) {
            submit(event, submitted);
            changeStatus(event, submitted.proposalId(), "RECEIVED");
        } else if (payload instanceof ProposalReviewedEvent reviewed) {
            changeStatus(event, reviewed.proposalId(), reviewed.decision().name());
        } else if (payload instanceof ProposalWithdrawnEvent withdrawn) {
            changeStatus(event, withdrawn.proposalId(), "WITHDRAWN");
        } else if (payload instanceof ProposalHiddenEvent hidden) {
            jdbc.sql("UPDATE proposal SET hidden = true, hidden_at = :at WHERE proposal_id = :id AND NOT hidden")
                    .param("id", hidden.proposalId())
                    .param("at", Timestamp.from(event.time()))
                    .update();
        }
    }

    private void submit(ReceivedEvent event, ProposalSubmittedEvent submitted) {
        jdbc.sql("""
                        INSERT INTO proposal (proposal_id, process_id, collectivity_id, channel, station_id, status,
                                              submitted_at)
                        VALUES (:id, :process, :collectivity, :channel, :station, 'RECEIVED', :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", submitted.proposalId())
                .param("process", submitted.processId())
                .param("collectivity", submitted.collectivityId())
                .param("channel", submitted.channel().name())
                .param("station", submitted.stationId())
                .param("at", Timestamp.from(event.time()))
                .update();
    }

    private void changeStatus(ReceivedEvent event, String proposalId, String status) {
        jdbc.sql("UPDATE proposal SET status = :status WHERE proposal_id = :id")
                .param("id", proposalId)
                .param("status", status)
                .update();
        jdbc.sql("""
                        INSERT INTO proposal_status_history (proposal_id, status, recorded_at)
                        VALUES (:id, :status, :at)""")
                .param("id", proposalId)
                .param("status", status)
                .param("at", Timestamp.from(event.time()))
                .update();
    }
}
