package ma.remacto.network.query;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps the network's activities and their attendance. */
@Component
@ProcessingGroup("activity-view")
class ActivityProjection {

    private final JdbcClient jdbc;

    ActivityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NetworkActivityRecordedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO network_activity (id, kind, title, held_on, place, recorded_at)
                        VALUES (:id, :kind, :title, :on, :place, :at) ON CONFLICT DO NOTHING""")
                .param("id", event.activityId())
                .param("kind", event.kind().name())
                .param("title", event.title())
                .param("on", event.heldOn())
                .param("place", event.place())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @EventHandler
    void on(NetworkActivityTaggedEvent event) {
        jdbc.sql("UPDATE network_activity SET axis = :axis WHERE id = :id")
                .param("axis", event.axis().name())
                .param("id", event.activityId())
                .update();
    }

    @EventHandler
    void on(ActivityAttendanceRecordedEvent event) {
        for (String collectivity : event.collectivityIds()) {
            jdbc.sql("INSERT INTO activity_attendance VALUES (:activity, :collectivity) ON CONFLICT DO NOTHING")
                    .param("activity", event.activityId())
                    .param("collectivity", collectivity)
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM activity_attendance").update();
        jdbc.sql("DELETE FROM network_activity").update();
    }
}
