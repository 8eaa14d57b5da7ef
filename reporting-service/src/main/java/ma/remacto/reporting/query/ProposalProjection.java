package ma.remacto.reporting.query;

import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.reporting.inbound.ArrayRows;
import ma.remacto.reporting.inbound.BatchProjection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposals entered one by one (either revision of the submission), with their review status and
 * its history; no title or body, which the figures do not need, and of the author only the
 * pseudonym and the gender given, to count distinct online authors. A batch's events are
 * written a statement for all of them (new proposals, each proposal's latest status, the status
 * history in log order, then hidings): each statement only sets what its events say, and what an
 * event met before its proposal's submission would have found absent is dropped, so the result
 * is the one event by event would give, however the events fall into batches.
 */
@Component
class ProposalProjection implements BatchProjection {

    private final JdbcTemplate jdbc;

    ProposalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<ReceivedEvent> events) {
        ArrayRows submitted = new ArrayRows(8);
        Map<String, String> latestStatus = new LinkedHashMap<>();
        ArrayRows history = new ArrayRows(3);
        Map<String, String> firstHidden = new LinkedHashMap<>();
        for (ReceivedEvent event : events) {
            Object payload = event.payload();
            String at = event.time().toString();
            String proposal;
            String status;
            if (payload instanceof ProposalSubmittedEvent s) {
                submitted.add(s.proposalId(), s.processId(), s.collectivityId(), event.code(s.channel(), "channel"),
                        s.stationId(), at, s.authorId(), event.code(s.authorGender(), "authorGender"));
                proposal = s.proposalId();
                status = "RECEIVED";
                firstHidden.remove(proposal);
            } else if (payload instanceof LegacyProposalSubmittedEvent s) {
                submitted.add(s.proposalId(), s.processId(), s.collectivityId(), event.code(s.channel(), "channel"),
                        s.stationId(), at, s.authorId(), event.code(s.authorGender(), "authorGender"));
                proposal = s.proposalId();
                status = "RECEIVED";
                firstHidden.remove(proposal);
            } else if (payload instanceof ProposalReviewedEvent reviewed) {
                proposal = reviewed.proposalId();
                status = reviewed.decision().name();
            } else if (payload instanceof ProposalWithdrawnEvent withdrawn) {
                proposal = withdrawn.proposalId();
                status = "WITHDRAWN";
            } else {
                if (payload instanceof ProposalHiddenEvent h) {
                    firstHidden.putIfAbsent(h.proposalId(), at);
                }
                continue;
            }
            latestStatus.remove(proposal);
            latestStatus.put(proposal, status);
            history.add(proposal, status, at);
        }
        submitted.update(jdbc, """
                INSERT INTO proposal (proposal_id, process_id, collectivity_id, channel, station_id, status, submitted_at,
                                      author_id, author_gender)
                SELECT p.proposal_id, p.process_id, p.collectivity_id, p.channel, p.station_id, 'RECEIVED',
                       CAST(p.submitted_at AS timestamptz), p.author_id, p.author_gender
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS p(proposal_id, process_id, collectivity_id, channel, station_id, submitted_at,
                                          author_id, author_gender, n)
                ORDER BY p.n
                ON CONFLICT DO NOTHING""");
        ArrayRows statuses = new ArrayRows(2);
        latestStatus.forEach(statuses::add);
        statuses.update(jdbc, """
                UPDATE proposal p SET status = u.status
                FROM unnest(?::text[], ?::text[]) AS u(proposal_id, status)
                WHERE p.proposal_id = u.proposal_id""");
        history.update(jdbc, """
                INSERT INTO proposal_status_history (proposal_id, status, recorded_at)
                SELECT h.proposal_id, h.status, CAST(h.recorded_at AS timestamptz)
                FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS h(proposal_id, status, recorded_at, n)
                ORDER BY h.n""");
        ArrayRows hidden = new ArrayRows(2);
        firstHidden.forEach(hidden::add);
        hidden.update(jdbc, """
                UPDATE proposal p SET hidden = true, hidden_at = CAST(h.hidden_at AS timestamptz)
                FROM unnest(?::text[], ?::text[]) AS h(proposal_id, hidden_at)
                WHERE p.proposal_id = h.proposal_id AND NOT p.hidden""");
    }
}
