package ma.remacto.programs.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program's total cost (projects not cancelled) and its progress weighted by cost:
 * sum(cost × percent) / sum(cost), exact, rounded to 2 decimals. When every project costs
 * nothing, each counts the same.
 */
final class ProgramTotals {

    private ProgramTotals() {
    }

    static void refresh(JdbcClient jdbc, String programId) {
        jdbc.sql("""
                        UPDATE program SET total_cost_mad = t.total, progress_percent = t.progress
                        FROM (SELECT COALESCE(SUM(cost_mad), 0) AS total,
                                     CASE WHEN COALESCE(SUM(cost_mad), 0) = 0 THEN COALESCE(ROUND(AVG(percent), 2), 0)
                                          ELSE ROUND(SUM(cost_mad * percent) / SUM(cost_mad), 2) END AS progress
                              FROM program_project WHERE program_id = :id AND NOT cancelled) t
                        WHERE program.id = :id""")
                .param("id", programId)
                .update();
    }
}
