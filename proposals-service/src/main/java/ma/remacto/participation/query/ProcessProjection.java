package ma.remacto.participation.query;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.participation.command.ProcessStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps the process read model; runs in the transaction that advances its token. */
@Component
@ProcessingGroup("process-view")
class ProcessProjection {

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
                .param("status", ProcessStatus.IDEA_COLLECTION.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM co_creation_process").update();
    }
}
