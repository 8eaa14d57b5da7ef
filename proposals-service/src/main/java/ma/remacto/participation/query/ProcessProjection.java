package ma.remacto.participation.query;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps the process read model; runs in the transaction that advances its token. */
@Component
@ProcessingGroup(ProcessProjection.PROCESSING_GROUP)
class ProcessProjection {

    static final String PROCESSING_GROUP = "process-view";

    private final JdbcClient jdbc;

    ProcessProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CoCreationProcessOpenedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO co_creation_process (id, collectivity_id, title, cycle, status, opened_at)
                        VALUES (:id, :collectivityId, :title, :cycle, :status, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.processId())
                .param("collectivityId", event.collectivityId())
                .param("title", event.title())
                .param("cycle", event.cycle())
                .param("status", ProcessPhase.IDEA_COLLECTION.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @EventHandler
    void on(ProcessPhaseChangedEvent event) {
        jdbc.sql("UPDATE co_creation_process SET status = :phase, phase_changed_on = :on WHERE id = :id")
                .param("phase", event.phase().name())
                .param("on", event.on())
                .param("id", event.processId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM co_creation_process").update();
    }
}
