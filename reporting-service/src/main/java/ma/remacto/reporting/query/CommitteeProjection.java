package ma.remacto.reporting.query;

import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;

/** The seats of each openness committee: office, gender and dates, never the name. */
@Component
class CommitteeProjection implements Projection {

    private final JdbcClient jdbc;

    CommitteeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof CommitteeMemberAppointedEvent appointed) {
            seat(appointed.collectivityId(), appointed.memberId(), event.code(appointed.role(), "role"),
                    event.code(appointed.gender(), "gender"), appointed.appointedOn());
        } else if (payload instanceof LegacyCommitteeMemberAppointedEvent appointed) {
            seat(appointed.collectivityId(), appointed.memberId(), event.code(appointed.role(), "role"),
                    event.code(appointed.gender(), "gender"), appointed.appointedOn());
        } else if (payload instanceof CommitteeMemberEditedEvent edited) {
            seat(edited.collectivityId(), edited.memberId(), event.code(edited.role(), "role"),
                    event.code(edited.gender(), "gender"), edited.appointedOn());
        } else if (payload instanceof CommitteeMemberRemovedEvent removed) {
            jdbc.sql("""
                            UPDATE committee_seat SET removed_on = :on
                            WHERE collectivity_id = :collectivity AND member_id = :member""")
                    .param("collectivity", removed.collectivityId())
                    .param("member", removed.memberId())
                    .param("on", date(removed.removedOn()))
                    .update();
        }
    }

    /** An appointment, or a correction of the seat: the seat as it now stands. */
    private void seat(String collectivity, String member, String role, String gender, LocalDate appointedOn) {
        jdbc.sql("""
                        INSERT INTO committee_seat (collectivity_id, member_id, role, gender, appointed_on)
                        VALUES (:collectivity, :member, :role, :gender, :on)
                        ON CONFLICT (collectivity_id, member_id) DO UPDATE
                        SET role = :role, gender = :gender, appointed_on = :on""")
                .param("collectivity", collectivity)
                .param("member", member)
                .param("role", role)
                .param("gender", gender)
                .param("on", date(appointedOn))
                .update();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
