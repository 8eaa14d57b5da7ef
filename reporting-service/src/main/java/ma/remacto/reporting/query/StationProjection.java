package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The co-creation stations of each collectivity, with their status, their latest attendance and
 * the program they concern (an adoption session, a monitoring meeting), once linked.
 */
@Component
class StationProjection implements Projection {

    private final JdbcClient jdbc;

    StationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof StationPlannedEvent planned) {
            plan(event, planned);
        } else if (payload instanceof StationEditedEvent edited) {
            edit(event, edited);
        } else if (payload instanceof StationHeldEvent held) {
            setStatus(held.stationId(), "HELD");
        } else if (payload instanceof StationCancelledEvent cancelled) {
            setStatus(cancelled.stationId(), "CANCELLED");
        } else if (payload instanceof AttendanceRecordedEvent attendance) {
            record(event, attendance);
        } else if (payload instanceof StationLinkedToProgramEvent linked) {
            // a later link replaces the earlier one
            jdbc.sql("UPDATE station SET program_id = :program WHERE station_id = :id")
                    .param("id", linked.stationId())
                    .param("program", linked.programId())
                    .update();
        }
    }

    private void plan(ReceivedEvent event, StationPlannedEvent planned) {
        // The collectivity travels in the CloudEvent; the process it belongs to knows it too.
        jdbc.sql("""
                        INSERT INTO station (station_id, process_id, collectivity_id, kind, title, starts_on, ends_on,
                                             place, agenda, status)
                        VALUES (:id, :process,
                                COALESCE(CAST(:collectivity AS varchar),
                                         (SELECT collectivity_id FROM process_summary WHERE process_id = :process)),
                                :kind, :title, :startsOn, :endsOn, :place, CAST(:agenda AS jsonb), 'PLANNED')
                        ON CONFLICT DO NOTHING""")
                .param("id", planned.stationId())
                .param("process", planned.processId())
                .param("collectivity", event.collectivity())
                .param("kind", event.code(planned.kind(), "kind"))
                .param("title", planned.title())
                .param("startsOn", Date.valueOf(planned.startsOn()))
                .param("endsOn", date(planned.endsOn()))
                .param("place", planned.place())
                .param("agenda", json(planned.agenda() == null ? List.of() : planned.agenda()))
                .update();
    }

    /** A planned station's details, corrected as a whole. */
    private void edit(ReceivedEvent event, StationEditedEvent edited) {
        jdbc.sql("""
                        UPDATE station SET kind = :kind, title = :title, starts_on = :startsOn, ends_on = :endsOn,
                                           place = :place, agenda = CAST(:agenda AS jsonb)
                        WHERE station_id = :id""")
                .param("id", edited.stationId())
                .param("kind", event.code(edited.kind(), "kind"))
                .param("title", edited.title())
                .param("startsOn", Date.valueOf(edited.startsOn()))
                .param("endsOn", date(edited.endsOn()))
                .param("place", edited.place())
                .param("agenda", json(edited.agenda() == null ? List.of() : edited.agenda()))
                .update();
    }

    /** A day, or {@code null} when the documents do not give it (a digital call's end). */
    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private void setStatus(String stationId, String status) {
        jdbc.sql("UPDATE station SET status = :status WHERE station_id = :id")
                .param("id", stationId)
                .param("status", status)
                .update();
    }

    /** A later record replaces the earlier one; one from earlier in the aggregate never does. */
    private void record(ReceivedEvent event, AttendanceRecordedEvent attendance) {
        String sequence = event.extension(EventMetadata.SEQUENCE);
        jdbc.sql("""
                        INSERT INTO station_attendance (station_id, process_id, women, men, unspecified, by_category,
                                                        proposals_collected, sequence, recorded_at)
                        VALUES (:id, :process, :women, :men, :unspecified, CAST(:byCategory AS jsonb),
                                :proposals, :sequence, :recordedAt)
                        ON CONFLICT (station_id) DO UPDATE
                        SET process_id = EXCLUDED.process_id, women = EXCLUDED.women, men = EXCLUDED.men,
                            unspecified = EXCLUDED.unspecified, by_category = EXCLUDED.by_category,
                            proposals_collected = EXCLUDED.proposals_collected, sequence = EXCLUDED.sequence,
                            recorded_at = EXCLUDED.recorded_at
                        WHERE station_attendance.sequence IS NULL OR EXCLUDED.sequence IS NULL
                           OR station_attendance.sequence < EXCLUDED.sequence""")
                .param("id", attendance.stationId())
                .param("process", attendance.processId())
                .param("women", attendance.women())
                .param("men", attendance.men())
                .param("unspecified", attendance.unspecified())
                .param("byCategory", json(attendance.byCategory() == null ? Map.of() : attendance.byCategory()))
                .param("proposals", attendance.proposalsCollected())
                .param("sequence", sequence == null ? null : Long.valueOf(sequence))
                .param("recordedAt", Timestamp.from(event.time()))
                .update();
    }

    private static String json(Object value) {
        return new String(EventJson.write(value), StandardCharsets.UTF_8);
    }
}
