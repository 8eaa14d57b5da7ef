package ma.remacto.programs.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.kit.domain.Money;
import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of the program read model. */
@Service
public class ProgramQueries {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<DesignFinding>> DESIGN = new TypeReference<>() {
    };
    private static final TypeReference<List<OpennessPrinciple>> PRINCIPLES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final MatrixReader matrix;
    private final DocumentReader documents;

    ProgramQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.matrix = new MatrixReader(jdbc);
        this.documents = new DocumentReader(jdbc);
    }

    /** The program now, or its matrix as adopted (empty when it is unknown, or not adopted for that view). */
    public Optional<ProgramView> find(String id, String view) {
        boolean asAdopted = ProgramView.ADOPTED.equals(view);
        return jdbc.sql("SELECT * FROM program WHERE id = :id AND (NOT :asAdopted OR adopted_on IS NOT NULL)")
                .param("id", id)
                .param("asAdopted", asAdopted)
                .query((rs, n) -> view(rs, asAdopted)).optional();
    }

    /** A page of programs ordered by id, after the cursor (the last id of the previous page). */
    public Page<ProgramSummary> list(String collectivityId, String after, int limit) {
        List<ProgramSummary> rows = jdbc.sql("""
                        SELECT * FROM program
                        WHERE (CAST(:collectivity AS varchar) IS NULL OR collectivity_id = :collectivity)
                          AND (CAST(:after AS varchar) IS NULL OR id > :after)
                        ORDER BY id LIMIT :limit""")
                .param("collectivity", collectivityId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> new ProgramSummary(rs.getString("id"), rs.getString("collectivity_id"),
                        rs.getString("title"), rs.getInt("start_year"), rs.getInt("end_year"), rs.getString("status"),
                        date(rs, "adopted_on"), Money.plain(rs.getBigDecimal("total_cost_mad")),
                        plainOrNull(rs.getBigDecimal("adopted_total_cost_mad")),
                        Money.plain(rs.getBigDecimal("progress_percent")), rs.getTimestamp("drafted_at").toInstant()))
                .list();
        return Page.of(rows, limit, ProgramSummary::id);
    }

    /**
     * A program of the collectivity, not closed, whose period overlaps the given one. Read from
     * the read model, so a program drafted a moment ago may not show yet.
     */
    public Optional<String> openProgramFor(String collectivityId, int startYear, int endYear) {
        return jdbc.sql("""
                        SELECT id FROM program WHERE collectivity_id = :collectivity AND status <> 'CLOSED'
                          AND start_year <= :end AND end_year >= :start ORDER BY id LIMIT 1""")
                .param("collectivity", collectivityId)
                .param("start", startYear)
                .param("end", endYear)
                .query(String.class).optional();
    }

    /** The program's documents in the order they were attached, or empty when the program is unknown. */
    public Optional<List<DocumentView>> documents(String programId) {
        return exists(programId) ? Optional.of(documents.documents(programId)) : Optional.empty();
    }

    /** The program's evaluations by period, or empty when the program is unknown. */
    public Optional<List<EvaluationView>> evaluations(String programId) {
        if (!exists(programId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT * FROM program_evaluation WHERE program_id = :id
                        ORDER BY period_from, period_to, recorded_at""")
                .param("id", programId)
                .query((rs, n) -> new EvaluationView(rs.getString("evaluation_id"), date(rs, "period_from"),
                        date(rs, "period_to"), Json.read(rs.getString("findings"), FINDINGS),
                        Json.read(rs.getString("design"), DESIGN), (Boolean) rs.getObject("by_civil_society"),
                        Json.read(rs.getString("principles"), PRINCIPLES), rs.getTimestamp("recorded_at").toInstant()))
                .list());
    }

    private boolean exists(String programId) {
        return jdbc.sql("SELECT count(*) FROM program WHERE id = :id").param("id", programId).query(Long.class).single() > 0;
    }

    private ProgramView view(ResultSet rs, boolean asAdopted) throws SQLException {
        String id = rs.getString("id");
        LocalDate adoptedOn = date(rs, "adopted_on");
        BigDecimal adoptedTotal = plainOrNull(rs.getBigDecimal("adopted_total_cost_mad"));
        LocalDate closedOn = date(rs, "closed_on");
        return new ProgramView(id, rs.getString("collectivity_id"), rs.getString("title"), rs.getInt("start_year"),
                rs.getInt("end_year"), rs.getString("status"), asAdopted ? ProgramView.ADOPTED : ProgramView.NOW,
                date(rs, "consultation_on"),
                adoptedOn == null ? null : new ProgramView.Adoption(rs.getString("adoption_session"), adoptedOn,
                        rs.getString("deliberation_ref"), rs.getString("deliberation_document_id")),
                date(rs, "execution_started_on"),
                closedOn == null ? null : new ProgramView.Closing(closedOn, rs.getString("closing_reason")),
                asAdopted ? adoptedTotal : Money.plain(rs.getBigDecimal("total_cost_mad")), adoptedTotal,
                Money.plain(rs.getBigDecimal("progress_percent")),
                matrix.axes(id, asAdopted, adoptedOn == null ? null : LocalDate.of(rs.getInt("start_year"), 1, 1),
                        LocalDate.now()), matrix.revisions(id), documents.documents(id),
                rs.getTimestamp("drafted_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static BigDecimal plainOrNull(BigDecimal amount) {
        return amount == null ? null : Money.plain(amount);
    }
}
