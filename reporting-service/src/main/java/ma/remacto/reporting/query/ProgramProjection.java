package ma.remacto.reporting.query;

import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Each open action program's lifecycle: draft, consultation, adoption by the council (with the
 * matrix as adopted), execution, closing; every status dated by its business date.
 */
@Component
class ProgramProjection implements Projection {

    private final JdbcClient jdbc;

    ProgramProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof ProgramDraftedEvent drafted) {
            draft(event, drafted);
            // A draft has no business date: it dates from the day it was recorded, or from its first
            // later change when that is dated earlier (a program entered after the fact).
            recordStatus(event, drafted.programId(), "DRAFT", LocalDate.ofInstant(event.time(), ZoneOffset.UTC));
        } else if (payload instanceof ProgramPutToConsultationEvent consulted) {
            recordStatus(event, consulted.programId(), "IN_CONSULTATION", consulted.on());
        } else if (payload instanceof ProgramAdoptedEvent adopted) {
            adopt(adopted);
            recordStatus(event, adopted.programId(), "ADOPTED", adopted.adoptedOn());
        } else if (payload instanceof ProgramExecutionStartedEvent started) {
            recordStatus(event, started.programId(), "IN_EXECUTION", started.on());
        } else if (payload instanceof ProgramClosedEvent closed) {
            recordStatus(event, closed.programId(), "CLOSED", closed.on());
        }
    }

    private void draft(ReceivedEvent event, ProgramDraftedEvent drafted) {
        jdbc.sql("""
                        INSERT INTO program_summary (program_id, collectivity_id, title, start_year, end_year, drafted_at)
                        VALUES (:id, :collectivity, :title, :start, :end, :at) ON CONFLICT DO NOTHING""")
                .param("id", drafted.programId())
                .param("collectivity", event.collectivity() == null ? drafted.collectivityId() : event.collectivity())
                .param("title", drafted.title())
                .param("start", drafted.startYear())
                .param("end", drafted.endYear())
                .param("at", Timestamp.from(event.time()))
                .update();
    }

    /** The council adopts the matrix as it stands: each project's duration and cost as adopted. */
    private void adopt(ProgramAdoptedEvent adopted) {
        jdbc.sql("""
                        UPDATE program_summary
                        SET adoption_session = :session, adopted_on = :on, deliberation_ref = :ref,
                            adopted_total_cost_mad = :total
                        WHERE program_id = :id""")
                .param("id", adopted.programId())
                .param("session", adopted.session())
                .param("on", Date.valueOf(adopted.adoptedOn()))
                .param("ref", adopted.deliberationRef())
                .param("total", adopted.totalCostMad())
                .update();
        jdbc.sql("""
                        UPDATE program_project
                        SET adopted_duration_months = duration_months, adopted_cost_mad = cost_mad
                        WHERE program_id = :id""")
                .param("id", adopted.programId())
                .update();
    }

    /**
     * Records the program's status after the event, under the event's aggregate sequence; an event
     * without one (none is published so) goes after those recorded rather than be lost.
     */
    private void recordStatus(ReceivedEvent event, String programId, String status, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO program_status_history (program_id, sequence, status, effective_on)
                        VALUES (:id,
                                COALESCE(CAST(:sequence AS bigint), (SELECT COALESCE(max(sequence) + 1, 0)
                                                                     FROM program_status_history
                                                                     WHERE program_id = :id)),
                                :status, :on)
                        ON CONFLICT DO NOTHING""")
                .param("id", programId)
                .param("sequence", event.sequence())
                .param("status", status)
                .param("on", Date.valueOf(on))
                .update();
        if (!"DRAFT".equals(status)) {
            jdbc.sql("""
                            UPDATE program_status_history SET effective_on = :on
                            WHERE program_id = :id AND status = 'DRAFT' AND effective_on > :on""")
                    .param("id", programId)
                    .param("on", Date.valueOf(on))
                    .update();
        }
    }
}
