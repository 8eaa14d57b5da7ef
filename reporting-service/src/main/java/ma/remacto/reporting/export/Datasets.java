package ma.remacto.reporting.export;

import ma.remacto.kit.domain.NotFound;

import java.util.List;

/**
 * The open datasets: each one's name, what it holds, its columns in order and the one query that
 * reads it (its result columns carry exactly the names listed). The description page and the
 * exports both read this registry, so they cannot drift apart. No dataset holds personal data.
 */
public final class Datasets {

    /** A column of a dataset, as named in the CSV header and the JSON items. */
    public record Column(String name, String description) {
    }

    /** A dataset and the query that reads all its rows, in a stable order. */
    public record Dataset(String name, String description, List<Column> columns, String sql) {

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        public String csvUrl() {
            return "/api/exports/" + name + ".csv";
        }

        public String jsonUrl() {
            return "/api/exports/" + name + ".json";
        }
    }

    private static Column column(String name, String description) {
        return new Column(name, description);
    }

    public static final Dataset MEMBERS = new Dataset("members",
            "The collectivities that applied to the network, with their kind, names, region and current membership status.",
            List.of(column("collectivity_id", "Identifier of the collectivity in the network."),
                    column("kind", "Kind of collectivity (REGION, PROVINCE, PREFECTURE, COMMUNE, ...)."),
                    column("name_ar", "Name in Arabic."),
                    column("name_fr", "Name in French."),
                    column("region_id", "Identifier of the region the collectivity belongs to."),
                    column("province", "Province or prefecture the collectivity belongs to."),
                    column("status", "Current membership status (APPLIED, ADMITTED, ACTIVE, SUSPENDED, WITHDRAWN, ...).")),
            """
                    SELECT collectivity_id, kind, name_ar, name_fr, region_id, province, status
                    FROM member
                    ORDER BY collectivity_id""");

    public static final Dataset STATIONS = new Dataset("stations",
            "The stations (meetings, workshops, online calls) of every co-creation process, with their latest recorded attendance.",
            List.of(column("station_id", "Identifier of the station."),
                    column("collectivity_id", "Collectivity that holds the station."),
                    column("process_id", "Co-creation process the station belongs to."),
                    column("kind", "Kind of station (CO_CREATION_WORKSHOP, DIGITAL_CALL_FOR_IDEAS, INFO_MEETING, ...)."),
                    column("title", "Title of the station, as the collectivity gave it."),
                    column("starts_on", "First day of the station (ISO 8601 date)."),
                    column("ends_on", "Last day of the station (ISO 8601 date)."),
                    column("place", "Where the station takes place; empty when not given."),
                    column("status", "Status of the station (PLANNED, HELD, CANCELLED)."),
                    column("women", "Women who attended, by the latest attendance record; empty when not counted."),
                    column("men", "Men who attended, by the latest attendance record; empty when not counted."),
                    column("unspecified", "Attendees whose gender was not recorded; empty when not counted."),
                    column("total", "All attendees (women + men + unspecified); empty when not counted."),
                    column("proposals_collected", "Proposals the station reported collecting; empty when not reported.")),
            """
                    SELECT s.station_id, COALESCE(s.collectivity_id, p.collectivity_id) AS collectivity_id,
                           s.process_id, s.kind, s.title, s.starts_on, s.ends_on, s.place, s.status,
                           a.women, a.men, a.unspecified, a.women + a.men + a.unspecified AS total,
                           a.proposals_collected
                    FROM station s
                    LEFT JOIN station_attendance a ON a.station_id = s.station_id
                    LEFT JOIN process_summary p ON p.process_id = s.process_id
                    ORDER BY 2, s.starts_on, s.ends_on, s.station_id""");

    public static final Dataset PROPOSALS = new Dataset("proposals",
            "The proposals citizens submitted to co-creation processes, with their channel and review status; neither their text nor their author, and none that was hidden.",
            List.of(column("proposal_id", "Identifier of the proposal."),
                    column("collectivity_id", "Collectivity the proposal was submitted to."),
                    column("process_id", "Co-creation process the proposal was submitted to."),
                    column("channel", "Channel of submission (DIGITAL_PLATFORM, IN_PERSON, ...)."),
                    column("station_id", "Station where the proposal was collected; empty when none."),
                    column("status", "Current review status (RECEIVED, UNDER_STUDY, RETAINED, NOT_RETAINED, MERGED, WITHDRAWN)."),
                    column("submitted_on", "Day the proposal was recorded (ISO 8601 date, UTC).")),
            """
                    SELECT proposal_id, collectivity_id, process_id, channel, station_id, status,
                           CAST(submitted_at AT TIME ZONE 'UTC' AS DATE) AS submitted_on
                    FROM proposal
                    WHERE NOT hidden
                    ORDER BY collectivity_id, submitted_at, proposal_id""");

    /** Revisions and progress reports count when dated by today, as the dashboards count them now. */
    public static final Dataset PROGRAM_PROJECTS = new Dataset("program-projects",
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
                    column("percent", "Latest reported progress in percent (0 when nothing was reported).")),
            """
                    SELECT p.program_id, s.collectivity_id, p.axis, p.number AS project_number,
                           COALESCE((SELECT r.title_ar FROM program_revision r
                                     WHERE r.program_id = p.program_id AND r.number = p.number
                                       AND r.title_ar IS NOT NULL AND r.revised_on <= CURRENT_DATE
                                     ORDER BY r.sequence DESC LIMIT 1), p.title_ar) AS title_ar,
                           COALESCE((SELECT r.duration_months FROM program_revision r
                                     WHERE r.program_id = p.program_id AND r.number = p.number
                                       AND r.duration_months IS NOT NULL AND r.revised_on <= CURRENT_DATE
                                     ORDER BY r.sequence DESC LIMIT 1), p.duration_months) AS duration_months,
                           COALESCE((SELECT r.cost_mad FROM program_revision r
                                     WHERE r.program_id = p.program_id AND r.number = p.number
                                       AND r.cost_mad IS NOT NULL AND r.revised_on <= CURRENT_DATE
                                     ORDER BY r.sequence DESC LIMIT 1), p.cost_mad) AS cost_mad,
                           CASE WHEN s.adopted_on <= CURRENT_DATE THEN p.adopted_cost_mad END AS adopted_cost_mad,
                           (c.cancelled OR g.status = 'CANCELLED') IS TRUE AS cancelled,
                           CASE WHEN c.cancelled THEN 'CANCELLED' ELSE COALESCE(g.status, 'NOT_STARTED') END AS status,
                           COALESCE(g.percent, 0) AS percent
                    FROM program_project p
                    LEFT JOIN program_summary s ON s.program_id = p.program_id
                    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM program_revision r
                                                       WHERE r.program_id = p.program_id AND r.number = p.number
                                                         AND r.cancelled AND r.revised_on <= CURRENT_DATE)
                                               AS cancelled) c
                    LEFT JOIN LATERAL (SELECT g.status, g.percent FROM program_progress g
                                       WHERE g.program_id = p.program_id AND g.number = p.number
                                         AND g.as_of <= CURRENT_DATE
                                       ORDER BY g.as_of DESC, g.sequence DESC LIMIT 1) g ON true
                    ORDER BY s.collectivity_id, p.program_id, p.number""");

    public static final Dataset CONSULTATION_RESULTS = new Dataset("consultation-results",
            "The results of every consultation, item by item: votes cast online (each voter's latest choice) and ballots counted in person (each station's latest tally). No voter appears.",
            List.of(column("consultation_id", "Identifier of the consultation."),
                    column("collectivity_id", "Collectivity that held the consultation."),
                    column("process_id", "Co-creation process the consultation belongs to."),
                    column("consultation_title", "Title of the consultation."),
                    column("opens_at", "When voting opened (ISO 8601 instant)."),
                    column("closes_at", "When voting closed or closes (ISO 8601 instant, excluded)."),
                    column("item_id", "Identifier of the item within the consultation."),
                    column("ref", "What the item is: a proposal id, or a program project such as temara-2025-2026#7."),
                    column("item_title", "Title of the item as shown to voters."),
                    column("online_for", "Votes for, cast online."),
                    column("online_against", "Votes against, cast online."),
                    column("in_person_for", "Ballots for, counted at stations."),
                    column("in_person_against", "Ballots against, counted at stations."),
                    column("total_for", "All votes for (online + in person)."),
                    column("total_against", "All votes against (online + in person).")),
            """
                    SELECT c.consultation_id, c.collectivity_id, c.process_id, c.title AS consultation_title,
                           c.opens_at, c.closes_at, i.item_id, i.ref, i.title AS item_title,
                           COALESCE(b.votes_for, 0) AS online_for, COALESCE(b.votes_against, 0) AS online_against,
                           COALESCE(t.votes_for, 0) AS in_person_for, COALESCE(t.votes_against, 0) AS in_person_against,
                           COALESCE(b.votes_for, 0) + COALESCE(t.votes_for, 0) AS total_for,
                           COALESCE(b.votes_against, 0) + COALESCE(t.votes_against, 0) AS total_against
                    FROM consultation c
                    JOIN consultation_item i ON i.consultation_id = c.consultation_id
                    LEFT JOIN (SELECT consultation_id, item_id,
                                      count(*) FILTER (WHERE choice = 'FOR') AS votes_for,
                                      count(*) FILTER (WHERE choice = 'AGAINST') AS votes_against
                               FROM ballot GROUP BY consultation_id, item_id) b
                           ON b.consultation_id = i.consultation_id AND b.item_id = i.item_id
                    LEFT JOIN (SELECT consultation_id, item_id, sum(votes_for) AS votes_for,
                                      sum(votes_against) AS votes_against
                               FROM in_person_tally GROUP BY consultation_id, item_id) t
                           ON t.consultation_id = i.consultation_id AND t.item_id = i.item_id
                    ORDER BY c.collectivity_id, c.opens_at, c.consultation_id, i.item_id""");

    public static final Dataset PROGRAM_PROGRESS = new Dataset("program-progress",
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
                    ORDER BY s.collectivity_id, g.program_id, g.number, g.as_of, g.sequence""");

    public static final List<Dataset> ALL = List.of(MEMBERS, STATIONS, PROPOSALS, CONSULTATION_RESULTS,
            PROGRAM_PROJECTS, PROGRAM_PROGRESS);

    private Datasets() {
    }

    /** The dataset of that name; a 404 problem when there is none. */
    public static Dataset named(String name) {
        return ALL.stream().filter(dataset -> dataset.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("dataset", name));
    }
}
