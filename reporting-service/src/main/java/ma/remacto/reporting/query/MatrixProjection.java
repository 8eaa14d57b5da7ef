package ma.remacto.reporting.query;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.List;

/**
 * What a program promises and what became of it: the axes and projects of its matrix, the
 * revisions after adoption, the progress reports and the committee's evaluations. Dated rows are
 * kept as they come, so that any past date can be answered.
 */
@Component
class MatrixProjection implements Projection {

    private final JdbcClient jdbc;

    MatrixProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof AxisAddedEvent axis) {
            addAxis(axis);
        } else if (payload instanceof ProjectAddedEvent project) {
            addProject(project);
        } else if (payload instanceof ProjectRevisedEvent revised) {
            revise(event, revised);
        } else if (payload instanceof ProgressReportedEvent progress) {
            report(event, progress);
        } else if (payload instanceof EvaluationRecordedEvent evaluation) {
            evaluate(event, evaluation);
        }
    }

    /** An axis added again under its number replaces the earlier one (a corrected draft). */
    private void addAxis(AxisAddedEvent axis) {
        jdbc.sql("""
                        INSERT INTO program_axis (program_id, number, title_ar, title_fr)
                        VALUES (:program, :number, :titleAr, :titleFr)
                        ON CONFLICT (program_id, number) DO UPDATE SET title_ar = :titleAr, title_fr = :titleFr""")
                .param("program", axis.programId())
                .param("number", axis.number())
                .param("titleAr", axis.titleAr())
                .param("titleFr", axis.titleFr())
                .update();
    }

    /** Likewise for a project: the draft's latest version is the one put to adoption. */
    private void addProject(ProjectAddedEvent project) {
        jdbc.sql("""
                        INSERT INTO program_project (program_id, number, axis, title_ar, title_fr, duration_months,
                                                     cost_mad, funding_kind, starts_on)
                        VALUES (:program, :number, :axis, :titleAr, :titleFr, :duration, :cost, :funding, :startsOn)
                        ON CONFLICT (program_id, number) DO UPDATE
                        SET axis = :axis, title_ar = :titleAr, title_fr = :titleFr, duration_months = :duration,
                            cost_mad = :cost, funding_kind = :funding, starts_on = :startsOn""")
                .param("program", project.programId())
                .param("number", project.number())
                .param("axis", project.axis())
                .param("titleAr", project.titleAr())
                .param("titleFr", project.titleFr())
                .param("duration", project.durationMonths())
                .param("cost", project.costMad())
                .param("funding", project.funding() == null ? null : project.funding().kind().name())
                .param("startsOn", project.startsOn() == null ? null : Date.valueOf(project.startsOn()))
                .update();
    }

    private void revise(ReceivedEvent event, ProjectRevisedEvent revised) {
        jdbc.sql("""
                        INSERT INTO program_revision (program_id, sequence, number, revised_on, cost_mad,
                                                      duration_months, title_ar, title_fr, cancelled, reason)
                        VALUES (:program, %s, :number, :on, :cost, :duration, :titleAr, :titleFr, :cancelled,
                                :reason)
                        ON CONFLICT DO NOTHING""".formatted(sequence("program_revision")))
                .param("program", revised.programId())
                .param("sequence", event.sequence())
                .param("number", revised.number())
                .param("on", Date.valueOf(revised.revisedOn()))
                .param("cost", revised.costMad())
                .param("duration", revised.durationMonths())
                .param("titleAr", revised.titleAr())
                .param("titleFr", revised.titleFr())
                .param("cancelled", revised.cancelled())
                .param("reason", event.reason())
                .update();
    }

    private void report(ReceivedEvent event, ProgressReportedEvent progress) {
        jdbc.sql("""
                        INSERT INTO program_progress (program_id, sequence, number, as_of, status, percent)
                        VALUES (:program, %s, :number, :asOf, :status, :percent)
                        ON CONFLICT DO NOTHING""".formatted(sequence("program_progress")))
                .param("program", progress.programId())
                .param("sequence", event.sequence())
                .param("number", progress.number())
                .param("asOf", Date.valueOf(progress.asOf()))
                .param("status", progress.status().name())
                .param("percent", progress.percent())
                .update();
    }

    private void evaluate(ReceivedEvent event, EvaluationRecordedEvent evaluation) {
        jdbc.sql("""
                        INSERT INTO program_evaluation (program_id, evaluation_id, sequence, period_from, period_to,
                                                        findings, design, by_civil_society)
                        VALUES (:program, :id, :sequence, :from, :to, CAST(:findings AS jsonb),
                                CAST(:design AS jsonb), :byCivilSociety)
                        ON CONFLICT DO NOTHING""")
                .param("program", evaluation.programId())
                .param("id", evaluation.evaluationId())
                .param("sequence", event.sequence())
                .param("from", Date.valueOf(evaluation.periodFrom()))
                .param("to", Date.valueOf(evaluation.periodTo()))
                .param("findings", new String(EventJson.write(
                        evaluation.findings() == null ? List.of() : evaluation.findings()), StandardCharsets.UTF_8))
                .param("design", new String(EventJson.write(
                        evaluation.design() == null ? List.of() : evaluation.design()), StandardCharsets.UTF_8))
                .param("byCivilSociety", evaluation.byCivilSociety())
                .update();
    }

    /**
     * The event's aggregate sequence; an event without one (none is published so) goes after the
     * program's rows in that table rather than be lost.
     */
    private static String sequence(String table) {
        return "COALESCE(CAST(:sequence AS bigint), (SELECT COALESCE(max(sequence) + 1, 0) FROM " + table
                + " WHERE program_id = :program))";
    }
}
