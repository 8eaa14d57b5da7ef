package ma.remacto.programs.query;

import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.programs.command.ProgramStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps the program read model; runs in the transaction that advances its token. */
@Component
@ProcessingGroup("program-view")
class ProgramProjection {

    private final JdbcClient jdbc;

    ProgramProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProgramDraftedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO program (id, collectivity_id, title, start_year, end_year, status, drafted_at)
                        VALUES (:id, :collectivityId, :title, :startYear, :endYear, :status, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.programId())
                .param("collectivityId", event.collectivityId())
                .param("title", event.title())
                .param("startYear", event.startYear())
                .param("endYear", event.endYear())
                .param("status", ProgramStatus.DRAFT.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM program").update();
    }
}
