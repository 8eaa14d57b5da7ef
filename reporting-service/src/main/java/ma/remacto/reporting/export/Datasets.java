package ma.remacto.reporting.export;

import ma.remacto.kit.domain.NotFound;

import java.util.List;

/**
 * The open datasets: each one's name, what it holds, its columns in order and the one query that
 * reads it (its result columns carry exactly the names listed). The description page and the
 * exports both read this registry, so they cannot drift apart. No dataset holds personal data.
 */
public final class Datasets {

    /** The licence of every dataset. */
    public record Licence(String name, String url, String reason) {
    }

    public static final Licence LICENCE = new Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            "CC BY 4.0 rather than ODbL: these are public figures of public bodies, and asking only for "
                    + "attribution lets anyone (a newspaper, a researcher, another collectivity) combine them with "
                    + "data under any other licence, without the share-alike duty that ODbL puts on derived databases.");

    /** A column of a dataset, as named in the CSV header and the JSON items. */
    public record Column(String name, String description) {
    }

    /**
     * A dataset and the query that reads all its rows, in a stable order. A dataset whose rows are
     * dated reads them as of a day, the {@code :asOf} parameter of its query.
     */
    public record Dataset(String name, String description, List<Column> columns, String sql) {

        public boolean dated() {
            return sql.contains(":asOf");
        }

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

    static Column column(String name, String description) {
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
                    column("ends_on", "Last day of the station (ISO 8601 date); empty when not documented."),
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
                    ORDER BY 2, s.starts_on, s.ends_on NULLS LAST, s.station_id""");

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

    public static final List<Dataset> ALL = List.of(MEMBERS, STATIONS, PROPOSALS,
            ConsultationDatasets.CONSULTATION_RESULTS, ProgramDatasets.PROGRAM_PROJECTS,
            ProgramDatasets.PROGRAM_PROGRESS, NetworkDatasets.COMMITTEE, NetworkDatasets.ACTIVITIES,
            ProgramDatasets.REVISIONS, ProgramDatasets.EVALUATIONS, ProgramDatasets.PROPOSAL_LINKS,
            ConsultationDatasets.CONSULTATIONS, NetworkDatasets.CHARTER_FOLLOW_UPS, DocumentDatasets.DOCUMENTS);

    private Datasets() {
    }

    /** The dataset of that name; a 404 problem when there is none. */
    public static Dataset named(String name) {
        return ALL.stream().filter(dataset -> dataset.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("dataset", name));
    }
}
