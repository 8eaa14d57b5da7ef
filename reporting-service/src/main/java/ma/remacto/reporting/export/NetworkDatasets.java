package ma.remacto.reporting.export;

import ma.remacto.reporting.export.Datasets.Dataset;

import java.util.List;

import static ma.remacto.reporting.export.Datasets.column;

/** The datasets of the committees, of the network's activities and of the charter's follow-ups. */
final class NetworkDatasets {

    private NetworkDatasets() {
    }

    static final Dataset COMMITTEE = new Dataset("committee",
            "The seats of every collectivity's openness committee: office, gender and dates; no names, which are personal data.",
            List.of(column("collectivity_id", "Collectivity whose committee it is."),
                    column("seat_id", "Identifier of the seat within the committee."),
                    column("role", "Office (CHAIR, VICE_CHAIR, EQUALITY_BODY_CHAIR, CIVIL_SOCIETY, ...)."),
                    column("gender", "Gender of the member (WOMAN, MAN, UNSPECIFIED); empty when not given."),
                    column("appointed_on", "Day of the appointment (ISO 8601 date); empty when not documented."),
                    column("removed_on", "Day the member left the seat (ISO 8601 date); empty while sitting.")),
            // a seat whose appointment is not dated is listed whatever the day asked
            """
                    SELECT collectivity_id, member_id AS seat_id, role, gender, appointed_on,
                           CASE WHEN removed_on <= CAST(:asOf AS date) THEN removed_on END AS removed_on
                    FROM committee_seat
                    WHERE appointed_on IS NULL OR appointed_on <= CAST(:asOf AS date)
                    ORDER BY collectivity_id, appointed_on NULLS LAST, member_id""");

    static final Dataset ACTIVITIES = new Dataset("activities",
            "The network's activities for its members (trainings, meetings, workshops), with the collectivities recorded as attending.",
            List.of(column("activity_id", "Identifier of the activity."),
                    column("kind", "Kind of activity (TRAINING, MEETING, WORKSHOP, ...)."),
                    column("title", "Title of the activity."),
                    column("held_on", "Day of the activity (ISO 8601 date)."),
                    column("place", "Where it was held; empty when not known."),
                    column("axis", "Axis of the DGCT support program the activity serves (NETWORK, CO_CREATION, CAPACITY, "
                            + "CAPITALISATION); empty when not tagged."),
                    column("attending", "How many collectivities were recorded as attending."),
                    column("attending_ids", "Identifiers of the attending collectivities, separated by spaces.")),
            """
                    SELECT a.activity_id, a.kind, a.title, a.held_on, a.place, a.axis,
                           (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = a.activity_id)
                               AS attending,
                           (SELECT string_agg(t.collectivity_id, ' ' ORDER BY t.collectivity_id)
                            FROM activity_attendance t WHERE t.activity_id = a.activity_id) AS attending_ids
                    FROM network_activity a
                    WHERE a.held_on <= CAST(:asOf AS date)
                    ORDER BY a.held_on, a.activity_id""");

    static final Dataset CHARTER_FOLLOW_UPS = new Dataset("charter-follow-ups",
            "Each member's follow-ups of the five commitments of the network's charter: what shows the commitment is "
                    + "kept, as the collectivity or the network recorded it (public text of an institution, not of a person).",
            List.of(column("collectivity_id", "Collectivity that follows up its commitment."),
                    column("commitment", "Commitment of the charter (NORMS, OPEN_PROGRAMS, IMPLEMENTATION, COOPERATION, "
                            + "RADIANCE), in the charter's order."),
                    column("followed_up_on", "Day the evidence is from (ISO 8601 date); empty when not given."),
                    column("evidence", "What shows the commitment is kept (a deliberation, a published program, ...), "
                            + "in the language it was written in.")),
            // a follow-up whose day is not given is listed whatever the day asked
            """
                    SELECT collectivity_id, commitment, followed_up_on, evidence
                    FROM charter_follow_up
                    WHERE followed_up_on IS NULL OR followed_up_on <= CAST(:asOf AS date)
                    ORDER BY collectivity_id, followed_up_on NULLS LAST, commitment, event_id""");
}
