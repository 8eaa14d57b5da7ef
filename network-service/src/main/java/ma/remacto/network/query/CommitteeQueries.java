package ma.remacto.network.query;

import ma.remacto.events.Gender;
import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the committee seats. */
@Service
public class CommitteeQueries {

    private final JdbcClient jdbc;
    private final DataKeys keys;

    CommitteeQueries(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * Who sat on the committee on the date: appointed by then and not removed by then. An erased
     * member's name reads {@code [erased]}.
     */
    public CommitteeView composition(String collectivityId, LocalDate asOf) {
        List<CommitteeView.Seat> seats = jdbc.sql("""
                        SELECT * FROM committee_member
                        WHERE collectivity_id = :id AND appointed_on <= :asOf
                          AND (removed_on IS NULL OR removed_on > :asOf)
                        ORDER BY appointed_on, member_id""")
                .param("id", collectivityId)
                .param("asOf", asOf)
                .query((rs, n) -> new CommitteeView.Seat(
                        rs.getString("member_id"),
                        keys.open(new SealedText(rs.getString("name_key_id"), rs.getString("name_ciphertext"))),
                        rs.getString("role"),
                        rs.getString("gender"),
                        rs.getObject("appointed_on", LocalDate.class),
                        rs.getObject("removed_on", LocalDate.class)))
                .list();
        Map<String, Long> balance = new LinkedHashMap<>();
        for (Gender gender : Gender.values()) {
            balance.put(gender.name(), seats.stream().filter(s -> s.gender().equals(gender.name())).count());
        }
        balance.put("total", (long) seats.size());
        return new CommitteeView(collectivityId, asOf, seats, balance);
    }
}
