package ma.remacto.reporting.query;

import ma.remacto.reporting.query.ProgramDashboard.Adoption;
import ma.remacto.reporting.query.ProgramDashboard.Axis;
import ma.remacto.reporting.query.ProgramDashboard.Evaluation;
import ma.remacto.reporting.query.ProgramDashboard.LinkedStation;
import ma.remacto.reporting.query.ProgramDashboard.Project;
import ma.remacto.reporting.query.ProgramDashboard.Revision;
import ma.remacto.reporting.query.ProgramDashboard.StatusChange;
import ma.remacto.reporting.query.ProgramFigures.Planned;
import ma.remacto.reporting.query.ProgramFigures.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads of a collectivity's program at a date, from the rows dated by then. */
@Component
class ProgramReads {

    private final JdbcClient jdbc;
    private final ProgramStations stations;

    ProgramReads(JdbcClient jdbc, ProgramStations stations) {
        this.jdbc = jdbc;
        this.stations = stations;
    }

    private record Summary(String id, String collectivityId, String title, int startYear, int endYear,
                           String session, LocalDate adoptedOn, String deliberationRef, BigDecimal adoptedTotal) {
    }

    private record AxisTitles(String titleAr, String titleFr) {
    }

    /** The collectivity's latest program by period among those that had a status by then; {@code null} when none. */
    ProgramDashboard latest(String collectivityId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT p.* FROM program_summary p
                        WHERE p.collectivity_id = :id
                          AND EXISTS (SELECT 1 FROM program_status_history h
                                      WHERE h.program_id = p.program_id AND h.effective_on <= :asOf)
                        ORDER BY p.start_year DESC, p.drafted_at DESC, p.program_id DESC
                        LIMIT 1""")
                .param("id", collectivityId)
                .param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Summary(rs.getString("program_id"), rs.getString("collectivity_id"),
                        rs.getString("title"), rs.getInt("start_year"), rs.getInt("end_year"),
                        rs.getString("adoption_session"), localDate(rs.getDate("adopted_on")),
                        rs.getString("deliberation_ref"), rs.getBigDecimal("adopted_total_cost_mad")))
                .optional()
                .map(summary -> at(summary, asOf))
                .orElse(null);
    }

    private ProgramDashboard at(Summary program, LocalDate asOf) {
        List<StatusChange> history = jdbc.sql("""
                        SELECT status, effective_on FROM program_status_history
                        WHERE program_id = :id AND effective_on <= :asOf ORDER BY sequence""")
                .param("id", program.id()).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new StatusChange(rs.getString("status"), rs.getDate("effective_on").toLocalDate()))
                .list();
        boolean adopted = program.adoptedOn() != null && !program.adoptedOn().isAfter(asOf);
        List<Revision> revisions = revisions(program.id(), asOf);
        Map<Integer, Report> reports = reports(program.id(), asOf);

        Map<Integer, List<Project>> projectsByAxis = new TreeMap<>();
        for (Planned planned : planned(program.id())) {
            projectsByAxis.computeIfAbsent(planned.axis(), axis -> new ArrayList<>()).add(ProgramFigures.project(
                    planned, revisions, reports.get(planned.number()), adopted, LocalDate.of(program.startYear(), 1, 1),
                    asOf));
        }
        Map<Integer, AxisTitles> titles = new TreeMap<>();
        jdbc.sql("SELECT number, title_ar, title_fr FROM program_axis WHERE program_id = :id")
                .param("id", program.id())
                .query(rs -> {
                    titles.put(rs.getInt("number"), new AxisTitles(rs.getString("title_ar"), rs.getString("title_fr")));
                });
        // An axis without projects still shows; a project under an axis not (yet) known shows under its number.
        Map<Integer, AxisTitles> numbers = new TreeMap<>(titles);
        projectsByAxis.keySet().forEach(number -> numbers.putIfAbsent(number, new AxisTitles(null, null)));
        List<Axis> axes = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        numbers.forEach((number, axis) -> {
            List<Project> ofAxis = projectsByAxis.getOrDefault(number, List.of());
            axes.add(ProgramFigures.axis(number, axis.titleAr(), axis.titleFr(), ofAxis, adopted));
            projects.addAll(ofAxis);
        });

        List<Evaluation> evaluations = evaluations(program.id(), asOf);
        List<LinkedStation> linked = stations.of(program.id(), asOf);
        return new ProgramDashboard(program.id(), program.collectivityId(), program.title(), program.startYear(),
                program.endYear(), history.get(history.size() - 1).status(), history,
                adopted ? new Adoption(program.session(), program.adoptedOn(), program.deliberationRef()) : null,
                ProgramFigures.sum(axes, Axis::totalCostMad),
                adopted ? ProgramFigures.plain(program.adoptedTotal()) : null,
                adopted ? ProgramFigures.progressPercent(projects) : null, axes, revisions,
                adopted ? projects.stream().filter(Project::late).count() : null,
                evaluations.size(), evaluations.isEmpty() ? null : evaluations.get(0),
                linked.stream().filter(station -> ProgramStations.COUNCIL_ADOPTION.equals(station.kind()))
                        .reduce((first, later) -> later).orElse(null),
                linked.stream().filter(station -> !ProgramStations.COUNCIL_ADOPTION.equals(station.kind())).toList());
    }

    private List<Planned> planned(String programId) {
        return jdbc.sql("SELECT * FROM program_project WHERE program_id = :id ORDER BY number")
                .param("id", programId)
                .query((rs, n) -> new Planned(rs.getInt("number"), rs.getInt("axis"), rs.getString("title_ar"),
                        rs.getString("title_fr"), rs.getBigDecimal("duration_months"), rs.getBigDecimal("cost_mad"),
                        rs.getString("funding_kind"), rs.getBigDecimal("adopted_duration_months"),
                        rs.getBigDecimal("adopted_cost_mad"), localDate(rs.getDate("starts_on"))))
                .list();
    }

    private List<Revision> revisions(String programId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT * FROM program_revision
                        WHERE program_id = :id AND revised_on <= :asOf ORDER BY sequence""")
                .param("id", programId).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Revision(rs.getInt("number"), rs.getDate("revised_on").toLocalDate(),
                        ProgramFigures.plain(rs.getBigDecimal("cost_mad")),
                        ProgramFigures.plain(rs.getBigDecimal("duration_months")), rs.getString("title_ar"),
                        rs.getString("title_fr"), rs.getBoolean("cancelled"), rs.getString("reason")))
                .list();
    }

    /** Each project's latest report by the date it describes (the later recorded of one date). */
    private Map<Integer, Report> reports(String programId, LocalDate asOf) {
        Map<Integer, Report> reports = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (number) number, status, percent, as_of FROM program_progress
                        WHERE program_id = :id AND as_of <= :asOf
                        ORDER BY number, as_of DESC, sequence DESC""")
                .param("id", programId).param("asOf", Date.valueOf(asOf))
                .query(rs -> {
                    reports.put(rs.getInt("number"), new Report(rs.getString("status"), rs.getBigDecimal("percent"),
                            rs.getDate("as_of").toLocalDate()));
                });
        return reports;
    }

    /** Evaluations of periods ended by the date, the latest period first. */
    private List<Evaluation> evaluations(String programId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT evaluation_id, period_from, period_to, findings FROM program_evaluation
                        WHERE program_id = :id AND period_to <= :asOf
                        ORDER BY period_to DESC, sequence DESC NULLS LAST, evaluation_id""")
                .param("id", programId).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Evaluation(rs.getString("evaluation_id"), rs.getDate("period_from").toLocalDate(),
                        rs.getDate("period_to").toLocalDate(), rs.getString("findings")))
                .list();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
