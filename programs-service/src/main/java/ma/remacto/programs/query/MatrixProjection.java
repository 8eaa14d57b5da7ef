package ma.remacto.programs.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.domain.Money;
import ma.remacto.programs.query.ProgramView.Change;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Keeps the matrix (axes, projects, their progress) and the list of revisions with what each changed. */
@Component
@ProcessingGroup(ProgramProjection.GROUP)
class MatrixProjection {

    private final JdbcClient jdbc;

    MatrixProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AxisAddedEvent event) {
        jdbc.sql("""
                        INSERT INTO program_axis (program_id, number, title_ar, title_fr) VALUES (:program, :number, :ar, :fr)
                        ON CONFLICT DO NOTHING""")
                .param("program", event.programId())
                .param("number", event.number())
                .param("ar", event.titleAr())
                .param("fr", event.titleFr())
                .update();
    }

    @EventHandler
    void on(ProjectAddedEvent event) {
        jdbc.sql("""
                        INSERT INTO program_project (program_id, number, axis, title_ar, title_fr, duration_months, cost_mad,
                            funding, proposal_ids, starts_on, principles)
                        VALUES (:program, :number, :axis, :ar, :fr, :duration, :cost, :funding, :proposals, :startsOn,
                            :principles)
                        ON CONFLICT DO NOTHING""")
                .param("program", event.programId())
                .param("number", event.number())
                .param("axis", event.axis())
                .param("ar", event.titleAr())
                .param("fr", event.titleFr())
                .param("duration", event.durationMonths())
                .param("cost", event.costMad())
                .param("funding", Json.write(event.funding()))
                .param("proposals", Json.write(event.proposalIds() == null ? List.of() : event.proposalIds()))
                .param("startsOn", event.startsOn())
                .param("principles", Json.write(event.principles() == null ? List.of() : event.principles()))
                .update();
        ProgramTotals.refresh(jdbc, event.programId());
    }

    @EventHandler
    void on(ProjectRevisedEvent event, @MetaDataValue(EventMetadata.REASON) String reason,
            @SequenceNumber long sequence, EventMessage<?> message) {
        Map<String, Object> before = jdbc.sql("""
                        SELECT cost_mad, duration_months, title_ar, title_fr, cancelled FROM program_project
                        WHERE program_id = :program AND number = :number""")
                .param("program", event.programId())
                .param("number", event.number())
                .query().singleRow();
        List<Change> changes = new ArrayList<>();
        change(changes, "costMad", before.get("cost_mad"), event.costMad());
        change(changes, "durationMonths", before.get("duration_months"), event.durationMonths());
        change(changes, "titleAr", before.get("title_ar"), event.titleAr());
        change(changes, "titleFr", before.get("title_fr"), event.titleFr());
        change(changes, "cancelled", before.get("cancelled"), event.cancelled() ? Boolean.TRUE : null);
        jdbc.sql("""
                        INSERT INTO program_revision (program_id, sequence, number, revised_on, changes, reason, recorded_at)
                        VALUES (:program, :sequence, :number, :on, :changes, :reason, :at) ON CONFLICT DO NOTHING""")
                .param("program", event.programId())
                .param("sequence", sequence)
                .param("number", event.number())
                .param("on", event.revisedOn())
                .param("changes", Json.write(changes))
                .param("reason", reason)
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
        jdbc.sql("""
                        UPDATE program_project SET cost_mad = COALESCE(:cost, cost_mad),
                            duration_months = COALESCE(:duration, duration_months),
                            title_ar = COALESCE(:ar, title_ar), title_fr = COALESCE(:fr, title_fr),
                            cancelled = cancelled OR :cancelled,
                            status = CASE WHEN :cancelled THEN :cancelledStatus ELSE status END
                        WHERE program_id = :program AND number = :number""")
                .param("cost", event.costMad())
                .param("duration", event.durationMonths())
                .param("ar", event.titleAr())
                .param("fr", event.titleFr())
                .param("cancelled", event.cancelled())
                .param("cancelledStatus", ProjectStatus.CANCELLED.name())
                .param("program", event.programId())
                .param("number", event.number())
                .update();
        ProgramTotals.refresh(jdbc, event.programId());
    }

    private static void change(List<Change> changes, String field, Object from, Object to) {
        if (to != null && !Objects.equals(from, to)) {
            changes.add(new Change(field, plain(from), plain(to)));
        }
    }

    private static Object plain(Object value) {
        return value instanceof BigDecimal amount ? Money.plain(amount) : value;
    }

    @EventHandler
    void on(ProgressReportedEvent event) {
        jdbc.sql("""
                        UPDATE program_project SET status = :status, percent = :percent, progress_as_of = :asOf,
                            progress_note = :note, evidence_url = :evidence
                        WHERE program_id = :program AND number = :number""")
                .param("status", event.status().name())
                .param("percent", event.percent())
                .param("asOf", event.asOf())
                .param("note", event.note())
                .param("evidence", event.evidenceUrl())
                .param("program", event.programId())
                .param("number", event.number())
                .update();
        ProgramTotals.refresh(jdbc, event.programId());
    }
}
