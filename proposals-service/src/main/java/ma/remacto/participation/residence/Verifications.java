package ma.remacto.participation.residence;

import ma.remacto.kit.domain.RuleViolation;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Binds a census identity to the account that claims it. Personal: nothing of it is published,
 * and the numbers are never stored (only {@link ResidentKeys keyed hashes}).
 */
@Component
public class Verifications {

    /** What a verification did: bound the identity now, or found it bound to this account already. */
    public enum Outcome { BOUND, ALREADY_BOUND }

    private final ResidentKeys keys;
    private final CensusRegister census;
    private final Bindings bindings;

    Verifications(ResidentKeys keys, CensusRegister census, Bindings bindings) {
        this.keys = keys;
        this.census = census;
        this.bindings = bindings;
    }

    /**
     * @param identifier a normalized identity card number ({@link IdentityCards#normalize})
     * @param account    the caller's account ref ({@link ResidentKeys#account})
     */
    public Outcome verify(String collectivityId, String identifier, String account) {
        String identity = keys.identity(collectivityId, identifier);
        Optional<Outcome> settled = settled(collectivityId, identity, account);
        if (settled.isPresent()) {
            return settled.get();
        }
        if (!census.lists(collectivityId, identity)) {
            throw new NotInCensus(collectivityId);
        }
        if (bindings.identityOf(collectivityId, account).isPresent()) {
            throw accountVerified(collectivityId);
        }
        if (bindings.bind(collectivityId, identity, account)) {
            return Outcome.BOUND;
        }
        // Another request bound the identity or the account in the meantime.
        return settled(collectivityId, identity, account).orElseThrow(() -> accountVerified(collectivityId));
    }

    private Optional<Outcome> settled(String collectivityId, String identity, String account) {
        return bindings.holderOf(collectivityId, identity).map(holder -> {
            if (!holder.equals(account)) {
                throw new RuleViolation("identifier-already-bound",
                        "another account is verified with this identity card number in '" + collectivityId + "'");
            }
            return Outcome.ALREADY_BOUND;
        });
    }

    private static RuleViolation accountVerified(String collectivityId) {
        return new RuleViolation("account-already-verified",
                "this account is verified with another identity card number in '" + collectivityId + "'");
    }
}
