package ma.remacto.chaos;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Residents who vote, change their votes, on the consultation's items; a key left uncertain is not touched again. */
final class Voter extends Caller {

    private final List<String[]> citizens;
    private final List<String> items;
    private final Random random;

    Voter(Load load, Gateway gateway, List<String[]> citizens, List<String> items, Random random) {
        super(load, gateway);
        this.citizens = citizens;
        this.items = items;
        this.random = random;
    }

    static String votePath(String itemId) {
        return "/api/consultations/" + Fixtures.CONSULTATION + "/items/" + itemId + "/vote";
    }

    @Override
    void once() {
        String[] citizen = citizens.get(random.nextInt(citizens.size()));
        String item = items.get(random.nextInt(items.size()));
        Ledger.VoteHistory history = ledger.vote(new Ledger.VoteKey(citizen[0], item));
        if (history.uncertain) {
            return;
        }
        String choice = random.nextInt(3) == 0 ? "AGAINST" : "FOR";
        Gateway.Reply[] reply = new Gateway.Reply[1];
        switch (send(WriteKind.VOTE, "PUT", votePath(item), citizen[1], Map.of("choice", choice), reply)) {
            case ACKNOWLEDGED -> {
                history.ballotId = reply[0].json().path("ballotId").asText();
                history.acknowledged.add(choice);
            }
            case UNKNOWN -> history.uncertain = true;
            case REFUSED -> { }
        }
    }
}
