package ma.remacto.programs.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.kit.domain.Money;
import ma.remacto.programs.query.ProgramView.Axis;
import ma.remacto.programs.query.ProgramView.Change;
import ma.remacto.programs.query.ProgramView.Project;
import ma.remacto.programs.query.ProgramView.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Reads a program's matrix, now or as adopted, with per-axis totals, and its revisions. */
final class MatrixReader {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<Funding> FUNDING = new TypeReference<>() {
    };
    private static final TypeReference<List<OpennessPrinciple>> PRINCIPLES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    MatrixReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The axes with their projects; as adopted, each project shows its figures and titles at
     * adoption. {@code programStart} is {@code null} before the adoption: a draft plans no end yet.
     */
    List<Axis> axes(String programId, boolean asAdopted, LocalDate programStart, LocalDate today) {
        List<Project> projects = jdbc.sql("SELECT * FROM program_project WHERE program_id = :id ORDER BY number")
                .param("id", programId)
                .query((rs, n) -> project(rs, asAdopted, programStart, today)).list();
        return jdbc.sql("SELECT * FROM program_axis WHERE program_id = :id ORDER BY number")
                .param("id", programId)
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    List<Project> ofAxis = projects.stream().filter(p -> p.axis() == number).toList();
                    BigDecimal total = ofAxis.stream().filter(p -> !p.cancelled()).map(Project::costMad)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new Axis(number, rs.getString("title_ar"), rs.getString("title_fr"), Money.plain(total), ofAxis);
                }).list();
    }

    List<Revision> revisions(String programId) {
        return jdbc.sql("SELECT * FROM program_revision WHERE program_id = :id ORDER BY sequence")
                .param("id", programId)
                .query((rs, n) -> new Revision(rs.getInt("number"), rs.getDate("revised_on").toLocalDate(),
                        Json.read(rs.getString("changes"), CHANGES), rs.getString("reason"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Project project(ResultSet rs, boolean asAdopted, LocalDate programStart, LocalDate today)
            throws SQLException {
        String prefix = asAdopted ? "adopted_" : "";
        BigDecimal duration = rs.getBigDecimal(prefix + "duration_months");
        boolean cancelled = !asAdopted && rs.getBoolean("cancelled");
        String status = rs.getString("status");
        Date startsOn = rs.getDate("starts_on");
        LocalDate plannedEnd = programStart == null ? null : PlannedEnd.of(
                startsOn == null ? programStart : startsOn.toLocalDate(), rs.getBigDecimal("duration_months"));
        Date asOf = rs.getDate("progress_as_of");
        return new Project(rs.getInt("number"), rs.getInt("axis"), rs.getString(prefix + "title_ar"),
                rs.getString(prefix + "title_fr"), Money.plain(duration), Money.plain(rs.getBigDecimal(prefix + "cost_mad")),
                Json.read(rs.getString("funding"), FUNDING), Json.read(rs.getString("proposal_ids"), STRINGS), status, Money.plain(rs.getBigDecimal("percent")),
                asOf == null ? null : asOf.toLocalDate(), rs.getString("progress_note"), rs.getString("evidence_url"),
                startsOn == null ? null : startsOn.toLocalDate(), Json.read(rs.getString("principles"), PRINCIPLES),
                plannedEnd, PlannedEnd.late(plannedEnd, today, status, rs.getBoolean("cancelled")), cancelled);
    }
}
