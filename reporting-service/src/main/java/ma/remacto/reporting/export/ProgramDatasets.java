package ma.remacto.reporting.export;

import ma.remacto.reporting.export.Datasets.Dataset;

import java.util.List;

import static ma.remacto.reporting.export.Datasets.column;

/** The datasets of the programs: their projects, progress, revisions, evaluations and the proposals they answer. */
final class ProgramDatasets {

    private ProgramDatasets() {
    }

    /** Revisions and progress reports count when dated by the day, as the dashboards count them then. */
    static final Dataset PROGRAM_PROJECTS = new Dataset("program-projects",
            "The projects of every action program's matrix, with their cost now and as adopted, and their latest reported progress.",
            List.of(column("program_id", "Identifier of the action program."),
                    column("collectivity_id", "Collectivity whose program it is."),
                    column("axis", "Number of the program axis the project belongs to."),
                    column("project_number", "Number of the project in the program."),
                    column("title_ar", "Title of the project in Arabic, after revisions."),
                    column("duration_months", "Duration in months after revisions (exact decimal)."),
                    column("cost_mad", "Cost now in Moroccan dirhams, after revisions (exact decimal)."),
                    column("adopted_cost_mad", "Cost in Moroccan dirhams as the council adopted it; empty until adoption."),
                    column("cancelled", "Whether the project was cancelled (true or false)."),
                    column("status", "Latest reported status (NOT_STARTED when nothing was reported, CANCELLED when cancelled)."),
                    column("percent", "Latest reported progress in percent (0 when nothing was reported since the adoption; empty before the adoption, when no progress can be known).")),
            """
                    WITH revised AS (
                        SELECT program_id, number,
                               (array_agg(title_ar ORDER BY sequence DESC) FILTER (WHERE title_ar IS NOT NULL))[1] AS title_ar,
                               (array_agg(duration_months ORDER BY sequence DESC)
                                    FILTER (WHERE duration_months IS NOT NULL))[1] AS duration_months,
                               (array_agg(cost_mad ORDER BY sequence DESC) FILTER (WHERE cost_mad IS NOT NULL))[1] AS cost_mad,
                               bool_or(cancelled) AS cancelled
                        FROM program_revision
                        WHERE revised_on <= CAST(:asOf AS date)
                        GROUP BY program_id, number),
                    latest AS (
                        SELECT DISTINCT ON (program_id, number) program_id, number, status, percent
                        FROM program_progress
                        WHERE as_of <= CAST(:asOf AS date)
                        ORDER BY program_id, number, as_of DESC, sequence DESC)
                    SELECT p.program_id, s.collectivity_id, p.axis, p.number AS project_number,
                           COALESCE(r.title_ar, p.title_ar) AS title_ar,
                           COALESCE(r.duration_months, p.duration_months) AS duration_months,
                           COALESCE(r.cost_mad, p.cost_mad) AS cost_mad,
                           CASE WHEN s.adopted_on <= CAST(:asOf AS date) THEN p.adopted_cost_mad END AS adopted_cost_mad,
                           (r.cancelled OR g.status = 'CANCELLED') IS TRUE AS cancelled,
                           CASE WHEN r.cancelled THEN 'CANCELLED' ELSE COALESCE(g.status, 'NOT_STARTED') END AS status,
                           CASE WHEN s.adopted_on <= CAST(:asOf AS date) THEN COALESCE(g.percent, 0) END AS percent
                    FROM program_project p
                    LEFT JOIN program_summary s ON s.program_id = p.program_id
                    LEFT JOIN revised r ON r.program_id = p.program_id AND r.number = p.number
                    LEFT JOIN latest g ON g.program_id = p.program_id AND g.number = p.number
                    ORDER BY s.collectivity_id, p.program_id, p.number""");

    static final Dataset PROGRAM_PROGRESS = new Dataset("program-progress",
            "Every progress report on the projects of the action programs, in the order they were made.",
            List.of(column("program_id", "Identifier of the action program."),
                    column("collectivity_id", "Collectivity whose program it is."),
                    column("project_number", "Number of the project in the program."),
                    column("as_of", "Day the report describes (ISO 8601 date)."),
                    column("status", "Reported status (NOT_STARTED, IN_PROGRESS, DELAYED, COMPLETED, CANCELLED)."),
                    column("percent", "Reported progress in percent (exact decimal).")),
            """
                    SELECT g.program_id, s.collectivity_id, g.number AS project_number, g.as_of, g.status, g.percent
                    FROM program_progress g
                    LEFT JOIN program_summary s ON s.program_id = g.program_id
                    WHERE g.as_of <= CAST(:asOf AS date)
                    ORDER BY s.collectivity_id, g.program_id, g.number, g.as_of, g.sequence""");

    static final Dataset REVISIONS = new Dataset("revisions",
            "Every revision of an adopted program's project, in order, with what it changed and the reason given.",
            List.of(column("program_id", "Identifier of the action program."),
                    column("collectivity_id", "Collectivity whose program it is."),
                    column("project_number", "Number of the project in the program."),
                    column("revised_on", "Day of the revision (ISO 8601 date)."),
                    column("cost_mad", "New cost in Moroccan dirhams (exact decimal); empty when unchanged."),
                    column("duration_months", "New duration in months (exact decimal); empty when unchanged."),
                    column("title_ar", "New title in Arabic; empty when unchanged."),
                    column("title_fr", "New title in French; empty when unchanged."),
                    column("cancelled", "Whether the revision cancels the project (true or false)."),
                    column("reason", "The reason given for the revision.")),
            """
                    SELECT r.program_id, s.collectivity_id, r.number AS project_number, r.revised_on, r.cost_mad,
                           r.duration_months, r.title_ar, r.title_fr, r.cancelled, r.reason
                    FROM program_revision r
                    LEFT JOIN program_summary s ON s.program_id = r.program_id
                    WHERE r.revised_on <= CAST(:asOf AS date)
                    ORDER BY s.collectivity_id, r.program_id, r.sequence""");

    static final Dataset EVALUATIONS = new Dataset("evaluations",
            "The committees' evaluations of the programs, one row per project evaluated, in the shape of OGP's independent reviews.",
            List.of(column("program_id", "Identifier of the action program."),
                    column("collectivity_id", "Collectivity whose program it is."),
                    column("evaluation_id", "Identifier of the evaluation."),
                    column("period_from", "First day of the period evaluated (ISO 8601 date)."),
                    column("period_to", "Last day of the period evaluated (ISO 8601 date)."),
                    column("project_number", "Number of the project evaluated."),
                    column("completion", "Completion (NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE)."),
                    column("opened_government", "Did it open government (DID_NOT_CHANGE, MARGINAL, MAJOR, OUTSTANDING)."),
                    column("verifiable", "Whether the result can be verified (true or false)."),
                    column("comment", "The committee's comment; empty when none."),
                    column("relevant_to", "Values of open government the project's design is relevant to, separated by spaces; empty when not assessed."),
                    column("potential_impact", "Potential impact of the project's design (NONE, MINOR, MODERATE, TRANSFORMATIVE); empty when not assessed."),
                    column("by_civil_society", "Whether civil society carried out the evaluation (true or false); empty when not said.")),
            """
                    SELECT e.program_id, s.collectivity_id, e.evaluation_id, e.period_from, e.period_to,
                           CAST(f ->> 'number' AS integer) AS project_number, f ->> 'completion' AS completion,
                           f ->> 'openedGovernment' AS opened_government,
                           CAST(f ->> 'verifiable' AS boolean) AS verifiable, f ->> 'comment' AS comment,
                           (SELECT string_agg(v, ' ') FROM jsonb_array_elements_text(d -> 'relevantTo') AS v)
                               AS relevant_to,
                           d ->> 'potentialImpact' AS potential_impact, e.by_civil_society
                    FROM program_evaluation e
                    LEFT JOIN program_summary s ON s.program_id = e.program_id
                    CROSS JOIN LATERAL jsonb_array_elements(e.findings) AS f
                    LEFT JOIN LATERAL (SELECT d FROM jsonb_array_elements(e.design) AS d
                                       WHERE d ->> 'number' = f ->> 'number' LIMIT 1) design ON true
                    WHERE e.period_to <= CAST(:asOf AS date)
                    ORDER BY s.collectivity_id, e.program_id, e.period_to, e.evaluation_id,
                             CAST(f ->> 'number' AS integer)""");

    static final Dataset PROPOSAL_LINKS = new Dataset("proposal-links",
            "Which retained citizens' proposals each project of a program answers (proposal -> project).",
            List.of(column("program_id", "Identifier of the action program."),
                    column("collectivity_id", "Collectivity whose program it is."),
                    column("project_number", "Number of the project in the program."),
                    column("proposal_id", "Identifier of the proposal the project answers (see the proposals dataset).")),
            """
                    SELECT l.program_id, s.collectivity_id, l.number AS project_number, l.proposal_id
                    FROM program_project_proposal l
                    LEFT JOIN program_summary s ON s.program_id = l.program_id
                    ORDER BY s.collectivity_id, l.program_id, l.number, l.proposal_id""");
}
