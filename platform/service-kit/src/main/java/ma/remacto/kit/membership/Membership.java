package ma.remacto.kit.membership;

import ma.remacto.kit.domain.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's local knowledge of who is a member in good standing of the network, read from
 * its replica of {@code remacto.network.v1}. Eventually consistent: a decision taken in
 * network-service counts here once its event has been consumed.
 */
public class Membership {

    private final JdbcClient jdbc;

    public Membership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether network-service last said the collectivity is in good standing, as far as the replica knows. */
    public boolean isInGoodStanding(String collectivityId) {
        return jdbc.sql("SELECT in_good_standing FROM membership_replica WHERE collectivity_id = :id")
                .param("id", collectivityId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Refuses (409 {@code not-a-member}) work for a collectivity that is not a member in good standing. */
    public void requireInGoodStanding(String collectivityId) {
        if (!isInGoodStanding(collectivityId)) {
            throw new RuleViolation("not-a-member", "collectivity '" + collectivityId
                    + "' is not a member in good standing of the network (not admitted, suspended or withdrawn)");
        }
    }
}
