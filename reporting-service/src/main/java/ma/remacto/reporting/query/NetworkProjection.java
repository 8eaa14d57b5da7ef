package ma.remacto.reporting.query;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * The network's activities with the collectivities that attended them and the axis of the DGCT
 * support program they serve, the members' follow-ups of their charter commitments, and the
 * co-creation processes across the network, for the network dashboard and the open data.
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
                    .param("kind", event.code(activity.kind(), "kind"))
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
        } else if (payload instanceof NetworkActivityTaggedEvent tagged) {
            jdbc.sql("UPDATE network_activity SET axis = :axis WHERE activity_id = :id")
                    .param("id", tagged.activityId())
                    .param("axis", event.code(tagged.axis(), "axis"))
                    .update();
        } else if (payload instanceof CharterCommitmentFollowedUpEvent followUp) {
            // each follow-up adds to the earlier ones: one row per event
            jdbc.sql("""
                            INSERT INTO charter_follow_up (event_id, collectivity_id, commitment, followed_up_on, evidence)
                            VALUES (:id, :collectivity, :commitment, :on, :evidence) ON CONFLICT DO NOTHING""")
                    .param("id", event.cloudEvent().getId())
                    .param("collectivity", followUp.collectivityId())
                    .param("commitment", event.code(followUp.commitment(), "commitment"))
                    .param("on", followUp.followedUpOn() == null ? null : Date.valueOf(followUp.followedUpOn()))
                    .param("evidence", followUp.evidence())
                    .update();
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
