package ma.remacto.participation.residence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * The census of each collectivity, as keyed hashes ({@link ResidentKeys#identity}). Replaced whole
 * by the census command, in its transaction: the old list stays unless the replacement is
 * recorded. Bindings made from an earlier census are not touched ({@link Bindings}).
 */
@Component
public class CensusRegister {

    private final JdbcClient jdbc;

    CensusRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(String collectivityId, Collection<String> identities) {
        jdbc.sql("DELETE FROM census_entry WHERE collectivity_id = :collectivity")
                .param("collectivity", collectivityId).update();
        // One statement however long the census: base64url hashes never contain a comma.
        jdbc.sql("""
                        INSERT INTO census_entry (collectivity_id, identity_hash)
                        SELECT :collectivity, unnest(string_to_array(:identities, ','))""")
                .param("collectivity", collectivityId)
                .param("identities", String.join(",", identities))
                .update();
    }

    boolean lists(String collectivityId, String identity) {
        return jdbc.sql("SELECT count(*) FROM census_entry WHERE collectivity_id = :collectivity AND identity_hash = :identity")
                .param("collectivity", collectivityId).param("identity", identity)
                .query(Long.class).single() > 0;
    }
}
