package ma.remacto.reporting.query;

import ma.remacto.events.programs.AxisEditedEvent;
import ma.remacto.events.programs.AxisRemovedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;

/** A draft matrix's axes and projects edited or removed before the adoption. */
@Component
class MatrixEditsProjection implements Projection {

    private final JdbcClient jdbc;

    MatrixEditsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof ProjectEditedEvent edited) {
            jdbc.sql("""
                            UPDATE program_project
                            SET axis = :axis, title_ar = :titleAr, title_fr = :titleFr, duration_months = :duration,
                                cost_mad = :cost, funding_kind = :funding, starts_on = :startsOn
                            WHERE program_id = :program AND number = :number""")
                    .param("program", edited.programId())
                    .param("number", edited.number())
                    .param("axis", edited.axis())
                    // The table wants an Arabic title; a project titled only in French shows that one.
                    .param("titleAr", edited.titleAr() == null ? edited.titleFr() : edited.titleAr())
                    .param("titleFr", edited.titleFr())
                    .param("duration", edited.durationMonths())
                    .param("cost", edited.costMad())
                    .param("funding", edited.funding() == null ? null : edited.funding().kind().name())
                    .param("startsOn", edited.startsOn() == null ? null : Date.valueOf(edited.startsOn()))
                    .update();
        } else if (payload instanceof ProjectRemovedEvent removed) {
            delete("program_project", removed.programId(), removed.number());
        } else if (payload instanceof AxisEditedEvent edited) {
            jdbc.sql("""
                            UPDATE program_axis SET title_ar = :titleAr, title_fr = :titleFr
                            WHERE program_id = :program AND number = :number""")
                    .param("program", edited.programId())
                    .param("number", edited.number())
                    .param("titleAr", edited.titleAr())
                    .param("titleFr", edited.titleFr())
                    .update();
        } else if (payload instanceof AxisRemovedEvent removed) {
            delete("program_axis", removed.programId(), removed.number());
        }
    }

    private void delete(String table, String program, int number) {
        jdbc.sql("DELETE FROM " + table + " WHERE program_id = :program AND number = :number")
                .param("program", program)
                .param("number", number)
                .update();
    }
}
