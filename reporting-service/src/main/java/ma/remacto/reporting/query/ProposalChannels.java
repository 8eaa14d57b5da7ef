package ma.remacto.reporting.query;

import ma.remacto.events.participation.ProposalChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proposals recorded one by one, by the channel they came through: every channel this build
 * knows is listed (the equality body's as a channel of its own), and any other the events name.
 */
@Component
class ProposalChannels {

    private final JdbcClient jdbc;

    ProposalChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The proposals recorded by the end of the date and not hidden by then, by channel. */
    Map<String, Long> of(String collectivityId, Timestamp endOfDay) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (ProposalChannel channel : ProposalChannel.values()) {
            byChannel.put(channel.name(), 0L);
        }
        jdbc.sql("""
                        SELECT channel, count(*) AS n FROM proposal
                        WHERE collectivity_id = :id AND submitted_at < :end AND (hidden_at IS NULL OR hidden_at >= :end)
                        GROUP BY channel ORDER BY channel""")
                .param("id", collectivityId)
                .param("end", endOfDay)
                .query(rs -> {
                    byChannel.put(rs.getString("channel"), rs.getLong("n"));
                });
        return byChannel;
    }
}
