package ma.remacto.network.query;

import ma.remacto.events.network.CharterCommitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the members' charter follow-ups. */
@Service
public class CharterFollowUpQueries {

    private final JdbcClient jdbc;

    CharterFollowUpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CharterFollowUpView of(String collectivityId) {
        Map<String, List<CharterFollowUpView.FollowUp>> byCommitment = new LinkedHashMap<>();
        Arrays.stream(CharterCommitment.values()).forEach(c -> byCommitment.put(c.name(), new ArrayList<>()));
        jdbc.sql("""
                        SELECT * FROM charter_follow_up WHERE collectivity_id = :id
                        ORDER BY followed_up_on DESC, sequence DESC""")
                .param("id", collectivityId)
                .query(rs -> {
                    byCommitment.get(rs.getString("commitment")).add(new CharterFollowUpView.FollowUp(
                            rs.getString("evidence"), rs.getObject("followed_up_on", LocalDate.class),
                            rs.getString("reason"), rs.getObject("recorded_at", Timestamp.class).toInstant()));
                });
        List<CharterFollowUpView.CommitmentFollowUps> commitments = byCommitment.entrySet().stream()
                .map(e -> new CharterFollowUpView.CommitmentFollowUps(e.getKey(),
                        CharterCommitment.valueOf(e.getKey()).ordinal() + 1, e.getValue()))
                .toList();
        return new CharterFollowUpView(collectivityId, commitments);
    }
}
