package ma.remacto.participation.residence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which account holds which census identity in each collectivity: at most one account per
 * identity, and one identity per account, in a collectivity (the table's keys). A binding
 * outlives the census it was made from: a resident verified once stays verified when the census
 * is replaced, until they ask for erasure.
 */
@Component
public class Bindings {

    private final JdbcClient jdbc;

    Bindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The census identity the account holds in the collectivity, if any. */
    public Optional<String> identityOf(String collectivityId, String account) {
        return jdbc.sql("SELECT identity_hash FROM resident_binding WHERE collectivity_id = :collectivity AND account_ref = :account")
                .param("collectivity", collectivityId).param("account", account)
                .query(String.class).optional();
    }

    /** Every collectivity where the account holds an identity, with that identity. */
    public Map<String, String> identitiesOf(String account) {
        Map<String, String> identities = new LinkedHashMap<>();
        jdbc.sql("SELECT collectivity_id, identity_hash FROM resident_binding WHERE account_ref = :account ORDER BY collectivity_id")
                .param("account", account)
                .query(rs -> {
                    identities.put(rs.getString("collectivity_id"), rs.getString("identity_hash"));
                });
        return identities;
    }

    Optional<String> holderOf(String collectivityId, String identity) {
        return jdbc.sql("SELECT account_ref FROM resident_binding WHERE collectivity_id = :collectivity AND identity_hash = :identity")
                .param("collectivity", collectivityId).param("identity", identity)
                .query(String.class).optional();
    }

    /** Binds unless the identity or the account is bound already; true when this call bound it. */
    boolean bind(String collectivityId, String identity, String account) {
        return jdbc.sql("""
                        INSERT INTO resident_binding (collectivity_id, identity_hash, account_ref)
                        VALUES (:collectivity, :identity, :account) ON CONFLICT DO NOTHING""")
                .param("collectivity", collectivityId).param("identity", identity).param("account", account)
                .update() > 0;
    }

    /** Forgets every binding and verification attempt of the account (erasure). */
    public void forget(String account) {
        jdbc.sql("DELETE FROM resident_binding WHERE account_ref = :account").param("account", account).update();
        jdbc.sql("DELETE FROM verification_attempt WHERE account_ref = :account").param("account", account).update();
    }
}
