package ma.remacto.programs.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.programs.AxisEditedEvent;
import ma.remacto.events.programs.AxisRemovedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the matrix in step with the edits of a draft and with later changes to projects' proposal links. */
@Component
@ProcessingGroup(ProgramProjection.GROUP)
class MatrixEditProjection {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    MatrixEditProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AxisEditedEvent event) {
        jdbc.sql("UPDATE program_axis SET title_ar = :ar, title_fr = :fr WHERE program_id = :program AND number = :number")
                .param("ar", event.titleAr())
                .param("fr", event.titleFr())
                .param("program", event.programId())
                .param("number", event.number())
                .update();
    }

    @EventHandler
    void on(AxisRemovedEvent event) {
        jdbc.sql("DELETE FROM program_axis WHERE program_id = :program AND number = :number")
                .param("program", event.programId())
                .param("number", event.number())
                .update();
    }

    @EventHandler
    void on(ProjectEditedEvent event) {
        jdbc.sql("""
                        UPDATE program_project SET axis = :axis, title_ar = :ar, title_fr = :fr,
                            duration_months = :duration, cost_mad = :cost, funding = :funding, starts_on = :startsOn,
                            principles = :principles
                        WHERE program_id = :program AND number = :number""")
                .param("axis", event.axis())
                .param("ar", event.titleAr())
                .param("fr", event.titleFr())
                .param("duration", event.durationMonths())
                .param("cost", event.costMad())
                .param("funding", Json.write(event.funding()))
                .param("startsOn", event.startsOn())
                .param("principles", Json.write(event.principles()))
                .param("program", event.programId())
                .param("number", event.number())
                .update();
        ProgramTotals.refresh(jdbc, event.programId());
    }

    @EventHandler
    void on(ProjectRemovedEvent event) {
        jdbc.sql("DELETE FROM program_project WHERE program_id = :program AND number = :number")
                .param("program", event.programId())
                .param("number", event.number())
                .update();
        ProgramTotals.refresh(jdbc, event.programId());
    }

    @EventHandler
    void on(ProposalLinkedEvent event) {
        proposals(event.programId(), event.number(), ids -> {
            if (!ids.contains(event.proposalId())) {
                ids.add(event.proposalId());
            }
        });
    }

    @EventHandler
    void on(ProposalUnlinkedEvent event) {
        proposals(event.programId(), event.number(), ids -> ids.remove(event.proposalId()));
    }

    private void proposals(String programId, int number, Consumer<List<String>> change) {
        String stored = jdbc.sql("SELECT proposal_ids FROM program_project WHERE program_id = :program AND number = :number")
                .param("program", programId)
                .param("number", number)
                .query(String.class).single();
        List<String> ids = new ArrayList<>(Json.read(stored, STRINGS));
        change.accept(ids);
        jdbc.sql("UPDATE program_project SET proposal_ids = :ids WHERE program_id = :program AND number = :number")
                .param("ids", Json.write(ids))
                .param("program", programId)
                .param("number", number)
                .update();
    }
}
