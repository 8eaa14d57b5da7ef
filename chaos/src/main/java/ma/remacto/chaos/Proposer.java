package ma.remacto.chaos;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A citizen who submits proposals online, each with an id of its own; an unanswered one is sent again. */
final class Proposer extends Caller {

    private final int number;
    private final Random random;
    private String token;
    private int count;

    Proposer(Load load, Gateway gateway, int number, Random random) {
        super(load, gateway);
        this.number = number;
        this.random = random;
    }

    @Override
    void once() {
        if (token == null) {
            try {
                token = gateway.token(Map.of("sub", "chaos-proposer-" + number, "roles", List.of("CITIZEN")));
            } catch (IOException | RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        String id = "cp-" + number + "-" + count++;
        Map<String, Object> body = Map.of("id", id, "channel", "DIGITAL_PLATFORM", "title", "idea " + id,
                "body", "a proposal written under faults, " + random.nextInt(1000), "neighbourhood", "hay " + number);
        created(WriteKind.PROPOSAL, "/api/processes/" + Fixtures.IDEAS_PROCESS + "/proposals", token, body,
                ledger.proposals, ledger.proposalsUnacknowledged, id);
    }
}
