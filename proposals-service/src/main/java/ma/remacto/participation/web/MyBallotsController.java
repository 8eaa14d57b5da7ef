package ma.remacto.participation.web;

import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.participation.query.BallotQueries;
import ma.remacto.participation.residence.Residency;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * A citizen's receipt: their own ballot in every consultation of every collectivity where they are
 * a verified resident, with the choice that counts on each item they voted on. Computed from the
 * caller's own identity, so nobody can ask for anyone else's.
 */
@RestController
class MyBallotsController {

    private final Residency residency;
    private final BallotQueries ballots;

    MyBallotsController(Residency residency, BallotQueries ballots) {
        this.residency = residency;
        this.ballots = ballots;
    }

    record MyBallots(List<Receipt> ballots) {
    }

    /** One consultation's ballot; {@code votes} is empty when the citizen has not voted there. */
    record Receipt(String consultationId, String title, String collectivityId, String ballotId,
                   List<BallotQueries.Choice> votes) {
    }

    @Allow(Role.CITIZEN)
    @GetMapping("/api/me/ballots")
    MyBallots mine(Authorized authorized) {
        Map<String, String> identities = residency.identitiesOf(authorized.caller());
        return new MyBallots(ballots.consultationsOf(identities.keySet()).stream().map(consultation -> {
            String ballotId = residency.ballot(consultation.id(), identities.get(consultation.collectivityId()));
            return new Receipt(consultation.id(), consultation.title(), consultation.collectivityId(), ballotId,
                    ballots.choices(consultation.id(), ballotId));
        }).toList());
    }
}
