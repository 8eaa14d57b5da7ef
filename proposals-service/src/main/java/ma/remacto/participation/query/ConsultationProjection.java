package ma.remacto.participation.query;

import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Keeps the consultations as opened, their items and the in-person tallies of each station. Their
 * current window (after an early closing or an extension) is {@link VotingWindows}'.
 */
@Component
@ProcessingGroup("consultation-view")
class ConsultationProjection {

    private final JdbcClient jdbc;

    ConsultationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConsultationOpenedEvent event, EventMessage<?> message) {
        int inserted = jdbc.sql("""
                        INSERT INTO consultation (id, process_id, collectivity_id, title, opens_at, closes_at, opened_at)
                        VALUES (:id, :process, :collectivity, :title, :opensAt, :closesAt, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.consultationId())
                .param("process", event.processId())
                .param("collectivity", event.collectivityId())
                .param("title", event.title())
                .param("opensAt", Timestamp.from(event.opensAt()))
                .param("closesAt", Timestamp.from(event.closesAt()))
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
        if (inserted == 0) {
            return;
        }
        int position = 0;
        for (ConsultationItem item : event.items()) {
            jdbc.sql("""
                            INSERT INTO consultation_item (consultation_id, item_id, position, ref, title)
                            VALUES (:consultation, :item, :position, :ref, :title)""")
                    .param("consultation", event.consultationId())
                    .param("item", item.itemId())
                    .param("position", position++)
                    .param("ref", item.ref())
                    .param("title", item.title())
                    .update();
        }
    }

    /** A station's tally replaces its earlier counts of the items it names; its other items keep theirs. */
    @EventHandler
    void on(InPersonTallyRecordedEvent event) {
        for (InPersonTallyRecordedEvent.ItemTally tally : event.items()) {
            jdbc.sql("""
                            INSERT INTO in_person_tally (consultation_id, station_id, item_id, votes_for, votes_against)
                            VALUES (:consultation, :station, :item, :for, :against)
                            ON CONFLICT (consultation_id, station_id, item_id)
                            DO UPDATE SET votes_for = EXCLUDED.votes_for, votes_against = EXCLUDED.votes_against""")
                    .param("consultation", event.consultationId())
                    .param("station", event.stationId())
                    .param("item", tally.itemId())
                    .param("for", tally.votesFor())
                    .param("against", tally.votesAgainst())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM in_person_tally").update();
        jdbc.sql("DELETE FROM consultation_item").update();
        jdbc.sql("DELETE FROM consultation").update();
    }
}
