package ma.remacto.programs.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.programs.command.ProgramStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps the program read model's life cycle; runs in the transaction that advances its token. */
@Component
@ProcessingGroup(ProgramProjection.GROUP)
class ProgramProjection {

    static final String GROUP = "program-view";

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

    @EventHandler
    void on(ProgramPutToConsultationEvent event) {
        jdbc.sql("UPDATE program SET status = :status, consultation_on = :on WHERE id = :id")
                .param("status", ProgramStatus.IN_CONSULTATION.name())
                .param("on", event.on())
                .param("id", event.programId())
                .update();
    }

    /** Adoption also freezes a copy of every project: the matrix as adopted. */
    @EventHandler
    void on(ProgramAdoptedEvent event) {
        jdbc.sql("""
                        UPDATE program SET status = :status, adoption_session = :session, adopted_on = :on,
                            deliberation_ref = :ref, adopted_total_cost_mad = :total
                        WHERE id = :id""")
                .param("status", ProgramStatus.ADOPTED.name())
                .param("session", event.session())
                .param("on", event.adoptedOn())
                .param("ref", event.deliberationRef())
                .param("total", event.totalCostMad())
                .param("id", event.programId())
                .update();
        jdbc.sql("""
                        UPDATE program_project SET adopted_title_ar = title_ar, adopted_title_fr = title_fr,
                            adopted_duration_months = duration_months, adopted_cost_mad = cost_mad
                        WHERE program_id = :id""")
                .param("id", event.programId())
                .update();
    }

    @EventHandler
    void on(ProgramExecutionStartedEvent event) {
        jdbc.sql("UPDATE program SET status = :status, execution_started_on = :on WHERE id = :id")
                .param("status", ProgramStatus.IN_EXECUTION.name())
                .param("on", event.on())
                .param("id", event.programId())
                .update();
    }

    @EventHandler
    void on(ProgramClosedEvent event, @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("UPDATE program SET status = :status, closed_on = :on, closing_reason = :reason WHERE id = :id")
                .param("status", ProgramStatus.CLOSED.name())
                .param("on", event.on())
                .param("reason", reason)
                .param("id", event.programId())
                .update();
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"program_document", "program_evaluation", "program_revision", "program_project", "program_axis",
                "program"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
