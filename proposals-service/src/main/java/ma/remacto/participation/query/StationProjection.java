package ma.remacto.participation.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.participation.command.StationStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.TreeMap;

/** Keeps the stations of each process, with their status and latest attendance record. */
@Component
@ProcessingGroup(ProcessProjection.PROCESSING_GROUP)
class StationProjection {

    private final JdbcClient jdbc;

    StationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StationPlannedEvent event) {
        jdbc.sql("""
                        INSERT INTO station (process_id, station_id, kind, title, starts_on, ends_on, place, agenda, status)
                        VALUES (:process, :station, :kind, :title, :startsOn, :endsOn, :place, CAST(:agenda AS jsonb),
                                :status)
                        ON CONFLICT DO NOTHING""")
                .param("process", event.processId())
                .param("station", event.stationId())
                .param("kind", event.kind().name())
                .param("title", event.title())
                .param("startsOn", event.startsOn())
                .param("endsOn", event.endsOn())
                .param("place", event.place())
                .param("agenda", json(event.agenda()))
                .param("status", StationStatus.PLANNED.name())
                .update();
    }

    /** An edit replaces the planned details as a whole. */
    @EventHandler
    void on(StationEditedEvent event) {
        jdbc.sql("""
                        UPDATE station SET kind = :kind, title = :title, starts_on = :startsOn, ends_on = :endsOn,
                               place = :place, agenda = CAST(:agenda AS jsonb)
                        WHERE process_id = :process AND station_id = :station""")
                .param("process", event.processId())
                .param("station", event.stationId())
                .param("kind", event.kind().name())
                .param("title", event.title())
                .param("startsOn", event.startsOn())
                .param("endsOn", event.endsOn())
                .param("place", event.place())
                .param("agenda", json(event.agenda()))
                .update();
    }

    @EventHandler
    void on(StationHeldEvent event) {
        status(event.processId(), event.stationId(), StationStatus.HELD, null);
    }

    @EventHandler
    void on(StationCancelledEvent event, @MetaDataValue(EventMetadata.REASON) String reason) {
        status(event.processId(), event.stationId(), StationStatus.CANCELLED, reason);
    }

    /** The latest record replaces the earlier one. */
    @EventHandler
    void on(AttendanceRecordedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE station SET women = :women, men = :men, unspecified = :unspecified,
                               by_category = CAST(:byCategory AS jsonb), proposals_collected = :collected,
                               attendance_recorded_at = :at
                        WHERE process_id = :process AND station_id = :station""")
                .param("women", event.women())
                .param("men", event.men())
                .param("unspecified", event.unspecified())
                .param("byCategory", json(event.byCategory() == null ? null : new TreeMap<>(event.byCategory())))
                .param("collected", event.proposalsCollected())
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("process", event.processId())
                .param("station", event.stationId())
                .update();
    }

    @EventHandler
    void on(StationDocumentAttachedEvent event) {
        jdbc.sql("""
                        UPDATE station SET documents = documents || CAST(:document AS jsonb)
                        WHERE process_id = :process AND station_id = :station
                          AND NOT documents @> CAST(:document AS jsonb)""")
                .param("document", json(List.of(event.document())))
                .param("process", event.processId())
                .param("station", event.stationId())
                .update();
    }

    /** A later link replaces the earlier one. */
    @EventHandler
    void on(StationLinkedToProgramEvent event) {
        jdbc.sql("UPDATE station SET program_id = :program WHERE process_id = :process AND station_id = :station")
                .param("program", event.programId())
                .param("process", event.processId())
                .param("station", event.stationId())
                .update();
    }

    private void status(String processId, String stationId, StationStatus status, String reason) {
        jdbc.sql("UPDATE station SET status = :status, status_reason = :reason WHERE process_id = :process AND station_id = :station")
                .param("status", status.name())
                .param("reason", reason)
                .param("process", processId)
                .param("station", stationId)
                .update();
    }

    private static String json(Object value) {
        return value == null ? null : new String(EventJson.write(value), StandardCharsets.UTF_8);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM station").update();
    }
}
