package ma.remacto.programs.query;

import ma.remacto.events.programs.EvaluationRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Keeps the evaluations of each program with their per-project findings and design findings. */
@Component
@ProcessingGroup(ProgramProjection.GROUP)
class EvaluationProjection {

    private final JdbcClient jdbc;

    EvaluationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EvaluationRecordedEvent event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO program_evaluation (program_id, evaluation_id, period_from, period_to, findings,
                            design, by_civil_society, principles, recorded_at)
                        VALUES (:program, :id, :from, :to, :findings, :design, :byCivilSociety, :principles, :at)
                        ON CONFLICT DO NOTHING""")
                .param("program", event.programId())
                .param("id", event.evaluationId())
                .param("from", event.periodFrom())
                .param("to", event.periodTo())
                .param("findings", Json.write(event.findings()))
                .param("design", Json.write(event.design() == null ? List.of() : event.design()))
                .param("byCivilSociety", event.byCivilSociety())
                .param("principles", Json.write(event.principles() == null ? List.of() : event.principles()))
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }
}
