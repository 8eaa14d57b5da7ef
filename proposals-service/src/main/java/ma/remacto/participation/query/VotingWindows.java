package ma.remacto.participation.query;

import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.participation.command.VotingWindow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The current voting window of each consultation, which votes are checked against. Like the
 * {@link Directory} it is written in the transaction that stores the event, so a vote right after
 * an early closing is refused; it is never replayed, hence no reset handler.
 */
@Component
@ProcessingGroup(Directory.PROCESSING_GROUP)
public class VotingWindows {

    private final JdbcClient jdbc;

    VotingWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VotingWindow> of(String consultationId) {
        return jdbc.sql("SELECT opens_at, closes_at FROM voting_window WHERE consultation_id = :id")
                .param("id", consultationId)
                .query((rs, n) -> new VotingWindow(rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("closes_at").toInstant()))
                .optional();
    }

    @EventHandler
    void on(ConsultationOpenedEvent event) {
        jdbc.sql("""
                        INSERT INTO voting_window (consultation_id, opens_at, closes_at)
                        VALUES (:id, :opensAt, :closesAt) ON CONFLICT DO NOTHING""")
                .param("id", event.consultationId())
                .param("opensAt", Timestamp.from(event.opensAt()))
                .param("closesAt", Timestamp.from(event.closesAt()))
                .update();
    }

    @EventHandler
    void on(ConsultationClosedEvent event) {
        closeAt(event.consultationId(), event.closedAt());
    }

    @EventHandler
    void on(ConsultationExtendedEvent event) {
        closeAt(event.consultationId(), event.closesAt());
    }

    private void closeAt(String consultationId, Instant closesAt) {
        jdbc.sql("UPDATE voting_window SET closes_at = :closesAt WHERE consultation_id = :id")
                .param("id", consultationId)
                .param("closesAt", Timestamp.from(closesAt))
                .update();
    }
}
