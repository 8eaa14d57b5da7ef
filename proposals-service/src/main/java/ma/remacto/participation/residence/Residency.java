package ma.remacto.participation.residence;

import ma.remacto.kit.domain.NotAllowed;
import ma.remacto.kit.security.Caller;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who is a verified resident of a collectivity, and under which identity they vote there: the
 * census identity their account holds ({@code census:<hash>}), shared by every account of one
 * person; else, when the trusted issuer vouches for their residence (token claim
 * {@code residence}), their account ({@code resident:<account ref>}).
 */
@Component
public class Residency {

    private final ResidentKeys keys;
    private final Bindings bindings;

    Residency(ResidentKeys keys, Bindings bindings) {
        this.keys = keys;
        this.bindings = bindings;
    }

    /** The caller's identity in the collectivity; refused (403) unless they are a verified resident. */
    public String identityIn(String collectivityId, Caller caller) {
        String account = keys.account(caller.subject());
        return bindings.identityOf(collectivityId, account).map(Residency::census)
                .orElseGet(() -> {
                    if (collectivityId.equals(caller.residence())) {
                        return resident(account);
                    }
                    throw new NotAllowed("not-a-verified-resident", "only verified residents of '" + collectivityId
                            + "' vote in its consultations: verify with the census, or with a token that vouches for your residence");
                });
    }

    /** Every collectivity where the caller is a verified resident, with their identity there. */
    public Map<String, String> identitiesOf(Caller caller) {
        String account = keys.account(caller.subject());
        Map<String, String> identities = new LinkedHashMap<>();
        bindings.identitiesOf(account).forEach((collectivity, identity) -> identities.put(collectivity, census(identity)));
        if (caller.residence() != null) {
            identities.putIfAbsent(caller.residence(), resident(account));
        }
        return identities;
    }

    /** The caller's ballot in a consultation, for an identity answered above. */
    public String ballot(String consultationId, String identity) {
        return keys.ballot(consultationId, identity);
    }

    private static String census(String identity) {
        return "census:" + identity;
    }

    private static String resident(String account) {
        return "resident:" + account;
    }
}
