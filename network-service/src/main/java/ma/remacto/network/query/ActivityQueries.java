package ma.remacto.network.query;

import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of the network's activities. */
@Service
public class ActivityQueries {

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivityView> find(String id) {
        // one query after the other: a query inside a row mapper would hold two connections at once
        return jdbc.sql("SELECT * FROM network_activity WHERE id = :id").param("id", id)
                .query((rs, n) -> new ActivityView(rs.getString("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("axis"),
                        List.of()))
                .optional()
                .map(a -> new ActivityView(a.id(), a.kind(), a.title(), a.heldOn(), a.place(), a.axis(), attendees(id)));
    }

    /** Activities by date, most recent first; the cursor is the last id of the previous page. */
    public Page<ActivityView> list(String after, int limit) {
        List<ActivityView> rows = jdbc.sql("""
                        SELECT a.*, ARRAY(SELECT collectivity_id FROM activity_attendance t
                                          WHERE t.activity_id = a.id ORDER BY collectivity_id) AS attendees
                        FROM network_activity a
                        WHERE CAST(:after AS varchar) IS NULL
                           OR (a.held_on, a.id) < (SELECT held_on, id FROM network_activity WHERE id = :after)
                        ORDER BY a.held_on DESC, a.id DESC LIMIT :limit""")
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> new ActivityView(rs.getString("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("axis"),
                        List.of((String[]) rs.getArray("attendees").getArray())))
                .list();
        return Page.of(rows, limit, ActivityView::id);
    }

    private List<String> attendees(String activityId) {
        return jdbc.sql("SELECT collectivity_id FROM activity_attendance WHERE activity_id = :id ORDER BY collectivity_id")
                .param("id", activityId).query(String.class).list();
    }
}
