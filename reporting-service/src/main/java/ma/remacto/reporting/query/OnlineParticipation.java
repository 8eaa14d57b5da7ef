package ma.remacto.reporting.query;

import ma.remacto.reporting.query.CollectivityDashboard.Counts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * Who took part online, by pseudonym: the distinct authors of proposals made on the platform, and
 * the distinct ballots cast in consultations. The two are counted apart and never matched: a
 * ballot's pseudonym is the voter's for one consultation only, so that votes stay unlinkable to
 * authors (and to one another across consultations).
 */
@Component
class OnlineParticipation {

    private final JdbcClient jdbc;

    OnlineParticipation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Distinct online authors recorded before {@code end}, each by the latest gender they gave. */
    Counts authors(String collectivityId, Timestamp end) {
        Map<String, Long> byGender = new HashMap<>();
        jdbc.sql("""
                        SELECT COALESCE(gender, 'UNSPECIFIED') AS gender, count(*) AS n
                        FROM (SELECT DISTINCT ON (author_id) author_id, author_gender AS gender
                              FROM proposal
                              WHERE collectivity_id = :id AND channel = 'DIGITAL_PLATFORM' AND author_id IS NOT NULL
                                AND submitted_at < :end
                              ORDER BY author_id, author_gender IS NULL, submitted_at DESC) authors
                        GROUP BY 1""")
                .param("id", collectivityId)
                .param("end", end)
                .query(rs -> {
                    byGender.put(rs.getString("gender"), rs.getLong("n"));
                });
        long women = byGender.getOrDefault("WOMAN", 0L);
        long men = byGender.getOrDefault("MAN", 0L);
        long unspecified = byGender.getOrDefault("UNSPECIFIED", 0L);
        return new Counts(women, men, unspecified, women + men + unspecified);
    }

    /** Distinct ballots (a voter in one consultation) of the consultations opened before {@code end}. */
    long voters(String collectivityId, Timestamp end) {
        return jdbc.sql("""
                        SELECT count(DISTINCT (b.consultation_id, b.ballot_id))
                        FROM ballot b JOIN consultation c ON c.consultation_id = b.consultation_id
                        WHERE c.collectivity_id = :id AND c.opens_at < :end""")
                .param("id", collectivityId)
                .param("end", end)
                .query(Long.class)
                .single();
    }
}
