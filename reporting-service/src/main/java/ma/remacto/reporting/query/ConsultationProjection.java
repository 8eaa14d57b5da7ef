package ma.remacto.reporting.query;

import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.reporting.inbound.ArrayRows;
import ma.remacto.reporting.inbound.BatchProjection;
import ma.remacto.reporting.inbound.OrderedWrites;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consultations, their items, their closing (moved when an admin closes early or extends) and
 * their results: each ballot's latest choice (online) and each station's latest tally of each
 * item (in person). Votes come by the thousand, so a batch's votes are written a statement per
 * run of casts or withdrawals, in log order.
 */
@Component
class ConsultationProjection implements BatchProjection {

    private static final String OPEN = """
            INSERT INTO consultation (consultation_id, process_id, collectivity_id, title, opens_at, closes_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String ITEM = """
            INSERT INTO consultation_item (consultation_id, item_id, ref, title) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String CAST = """
            INSERT INTO ballot (consultation_id, item_id, ballot_id, choice)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
            ON CONFLICT (consultation_id, item_id, ballot_id) DO UPDATE SET choice = EXCLUDED.choice""";
    private static final String WITHDRAW = """
            DELETE FROM ballot b USING unnest(?::text[], ?::text[], ?::text[]) AS w(consultation_id, item_id, ballot_id)
            WHERE b.consultation_id = w.consultation_id AND b.item_id = w.item_id AND b.ballot_id = w.ballot_id""";
    private static final String CLOSES = "UPDATE consultation SET closes_at = ? WHERE consultation_id = ?";
    /** A later tally from a station replaces its counts for the items it names, and only those. */
    private static final String TALLY = """
            INSERT INTO in_person_tally (consultation_id, station_id, item_id, votes_for, votes_against)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (consultation_id, station_id, item_id)
            DO UPDATE SET votes_for = EXCLUDED.votes_for, votes_against = EXCLUDED.votes_against""";

    private final JdbcTemplate jdbc;

    ConsultationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<ReceivedEvent> events) {
        OrderedWrites writes = new OrderedWrites(jdbc);
        Ballots ballots = new Ballots();
        for (ReceivedEvent event : events) {
            Object payload = event.payload();
            if (payload instanceof VoteCastEvent vote) {
                ballots.cast(vote.consultationId(), vote.itemId(), vote.ballotId(), vote.choice().name());
            } else if (payload instanceof VoteWithdrawnEvent withdrawn) {
                ballots.withdraw(withdrawn.consultationId(), withdrawn.itemId(), withdrawn.ballotId());
            } else if (payload instanceof ConsultationOpenedEvent opened) {
                writes.add(OPEN, opened.consultationId(), opened.processId(), opened.collectivityId(), opened.title(),
                        Timestamp.from(opened.opensAt()), Timestamp.from(opened.closesAt()));
                for (ConsultationItem item : opened.items() == null ? List.<ConsultationItem>of() : opened.items()) {
                    writes.add(ITEM, opened.consultationId(), item.itemId(), item.ref(), item.title());
                }
            } else if (payload instanceof ConsultationClosedEvent closed) {
                writes.add(CLOSES, Timestamp.from(closed.closedAt()), closed.consultationId());
            } else if (payload instanceof ConsultationExtendedEvent extended) {
                writes.add(CLOSES, Timestamp.from(extended.closesAt()), extended.consultationId());
            } else if (payload instanceof InPersonTallyRecordedEvent tally) {
                for (InPersonTallyRecordedEvent.ItemTally item : tally.items() == null
                        ? List.<InPersonTallyRecordedEvent.ItemTally>of() : tally.items()) {
                    writes.add(TALLY, tally.consultationId(), tally.stationId(), item.itemId(), item.votesFor(),
                            item.votesAgainst());
                }
            }
        }
        writes.flush();
        ballots.flush();
    }

    /**
     * The ballots of a batch, in runs of casts and runs of withdrawals: within a run only each
     * ballot's last word counts, and the runs are written in log order.
     */
    private final class Ballots {

        private final Map<String, String[]> run = new LinkedHashMap<>();
        private boolean casting = true;

        void cast(String consultation, String item, String ballot, String choice) {
            next(true);
            String key = consultation + '\u0000' + item + '\u0000' + ballot;
            run.remove(key);
            run.put(key, new String[]{consultation, item, ballot, choice});
        }

        void withdraw(String consultation, String item, String ballot) {
            next(false);
            run.put(consultation + '\u0000' + item + '\u0000' + ballot, new String[]{consultation, item, ballot});
        }

        private void next(boolean cast) {
            if (cast != casting) {
                flush();
                casting = cast;
            }
        }

        void flush() {
            if (run.isEmpty()) {
                return;
            }
            ArrayRows rows = new ArrayRows(casting ? 4 : 3);
            run.values().forEach(rows::add);
            rows.update(jdbc, casting ? CAST : WITHDRAW);
            run.clear();
        }
    }
}
