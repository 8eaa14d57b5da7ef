package ma.remacto.reporting.query;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * The network's activities with the collectivities that attended them, and the co-creation
 * processes across the network, for the network dashboard and the open data.
 */
@Component
class NetworkProjection implements Projection {

    private final JdbcClient jdbc;

    NetworkProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof NetworkActivityRecordedEvent activity) {
            jdbc.sql("""
                            INSERT INTO network_activity (activity_id, kind, title, held_on, place)
                            VALUES (:id, :kind, :title, :heldOn, :place) ON CONFLICT DO NOTHING""")
                    .param("id", activity.activityId())
                    .param("kind", activity.kind().name())
                    .param("title", activity.title())
                    .param("heldOn", Date.valueOf(activity.heldOn()))
                    .param("place", activity.place())
                    .update();
        } else if (payload instanceof ActivityAttendanceRecordedEvent attendance) {
            attendance.collectivityIds().forEach(collectivity -> jdbc.sql("""
                            INSERT INTO activity_attendance (activity_id, collectivity_id)
                            VALUES (:activity, :collectivity) ON CONFLICT DO NOTHING""")
                    .param("activity", attendance.activityId())
                    .param("collectivity", collectivity)
                    .update());
        } else if (payload instanceof CoCreationProcessOpenedEvent opened) {
            jdbc.sql("""
                            INSERT INTO process_summary (process_id, collectivity_id, title, cycle, opened_at)
                            VALUES (:id, :collectivity, :title, :cycle, :at) ON CONFLICT DO NOTHING""")
                    .param("id", opened.processId())
                    .param("collectivity", opened.collectivityId())
                    .param("title", opened.title())
                    .param("cycle", opened.cycle())
                    .param("at", Timestamp.from(event.time()))
                    .update();
        }
    }
}
