package ma.remacto.reporting.query;

import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.reporting.inbound.BatchProjection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposals entered one by one, with their review status and its history; no title, body or
 * author, which the figures do not need. A batch's events are written statement by statement
 * (new proposals, then status changes, then their history, then hidings), each in log order:
 * every statement only sets what its own events say, so the result is the one event by event
 * would give.
 */
@Component
class ProposalProjection implements BatchProjection {

    private final JdbcTemplate jdbc;

    ProposalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<ReceivedEvent> events) {
        List<Object[]> submitted = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> hidden = new ArrayList<>();
        for (ReceivedEvent event : events) {
            Object payload = event.payload();
            Timestamp at = Timestamp.from(event.time());
            String proposal;
            String status;
            if (payload instanceof ProposalSubmittedEvent s) {
                submitted.add(new Object[]{s.proposalId(), s.processId(), s.collectivityId(), s.channel().name(),
                        s.stationId(), at});
                proposal = s.proposalId();
                status = "RECEIVED";
            } else if (payload instanceof ProposalReviewedEvent reviewed) {
                proposal = reviewed.proposalId();
                status = reviewed.decision().name();
            } else if (payload instanceof ProposalWithdrawnEvent withdrawn) {
                proposal = withdrawn.proposalId();
                status = "WITHDRAWN";
            } else {
                if (payload instanceof ProposalHiddenEvent h) {
                    hidden.add(new Object[]{at, h.proposalId()});
                }
                continue;
            }
            statuses.add(new Object[]{status, proposal});
            history.add(new Object[]{proposal, status, at});
        }
        if (!submitted.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO proposal (proposal_id, process_id, collectivity_id, channel, station_id, status,
                                          submitted_at)
                    VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?)
                    ON CONFLICT DO NOTHING""", submitted);
        }
        if (!statuses.isEmpty()) {
            jdbc.batchUpdate("UPDATE proposal SET status = ? WHERE proposal_id = ?", statuses);
            jdbc.batchUpdate("INSERT INTO proposal_status_history (proposal_id, status, recorded_at) VALUES (?, ?, ?)",
                    history);
        }
        if (!hidden.isEmpty()) {
            jdbc.batchUpdate("UPDATE proposal SET hidden = true, hidden_at = ? WHERE proposal_id = ? AND NOT hidden",
                    hidden);
        }
    }
}
