package ma.remacto.reporting.export;

import ma.remacto.reporting.export.Datasets.Dataset;

import java.util.List;

import static ma.remacto.reporting.export.Datasets.column;

/** The datasets of the consultations: each one with its participation, and its results item by item. */
final class ConsultationDatasets {

    private ConsultationDatasets() {
    }

    static final Dataset CONSULTATION_RESULTS = new Dataset("consultation-results",
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
                    column("total_against", "All votes against (online + in person)."),
                    column("online_total", "Votes cast online, for and against."),
                    column("in_person_total", "Ballots counted at stations, for and against."),
                    column("total", "All votes and ballots (online + in person).")),
            """
                    SELECT c.consultation_id, c.collectivity_id, c.process_id, c.title AS consultation_title,
                           c.opens_at, c.closes_at, i.item_id, i.ref, i.title AS item_title,
                           COALESCE(b.votes_for, 0) AS online_for, COALESCE(b.votes_against, 0) AS online_against,
                           COALESCE(t.votes_for, 0) AS in_person_for, COALESCE(t.votes_against, 0) AS in_person_against,
                           COALESCE(b.votes_for, 0) + COALESCE(t.votes_for, 0) AS total_for,
                           COALESCE(b.votes_against, 0) + COALESCE(t.votes_against, 0) AS total_against,
                           COALESCE(b.votes_for + b.votes_against, 0) AS online_total,
                           COALESCE(t.votes_for + t.votes_against, 0) AS in_person_total,
                           COALESCE(b.votes_for + b.votes_against, 0) + COALESCE(t.votes_for + t.votes_against, 0)
                               AS total
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

    static final Dataset CONSULTATIONS = new Dataset("consultations",
            "Every consultation with its voting window, its status now and its participation: distinct online voters, votes online, ballots in person and all of them; the results item by item (online, in person and total) are in consultation-results.",
            List.of(column("consultation_id", "Identifier of the consultation."),
                    column("collectivity_id", "Collectivity that holds the consultation."),
                    column("process_id", "Co-creation process the consultation belongs to."),
                    column("title", "Title of the consultation."),
                    column("opens_at", "When voting opens or opened (ISO 8601 instant)."),
                    column("closes_at", "When voting closes or closed (ISO 8601 instant, excluded), after any early closing or extension."),
                    column("status", "UPCOMING, OPEN or CLOSED, at the time of the export."),
                    column("items", "How many items are put to the vote."),
                    column("online_voters", "Distinct online voters (by their pseudonym for this consultation)."),
                    column("online_votes", "Votes cast online, every item."),
                    column("in_person_ballots", "Ballots counted at stations, every item."),
                    column("total_votes", "Online votes and in-person ballots.")),
            """
                    SELECT c.consultation_id, c.collectivity_id, c.process_id, c.title, c.opens_at, c.closes_at,
                           CASE WHEN now() < c.opens_at THEN 'UPCOMING'
                                WHEN now() < c.closes_at THEN 'OPEN' ELSE 'CLOSED' END AS status,
                           (SELECT count(*) FROM consultation_item i WHERE i.consultation_id = c.consultation_id)
                               AS items,
                           (SELECT count(DISTINCT b.ballot_id) FROM ballot b WHERE b.consultation_id = c.consultation_id)
                               AS online_voters,
                           o.votes AS online_votes, p.ballots AS in_person_ballots, o.votes + p.ballots AS total_votes
                    FROM consultation c
                    CROSS JOIN LATERAL (SELECT count(*) AS votes FROM ballot b
                                        WHERE b.consultation_id = c.consultation_id) o
                    CROSS JOIN LATERAL (SELECT COALESCE(sum(t.votes_for + t.votes_against), 0) AS ballots
                                        FROM in_person_tally t WHERE t.consultation_id = c.consultation_id) p
                    ORDER BY c.collectivity_id, c.opens_at, c.consultation_id""");
}
