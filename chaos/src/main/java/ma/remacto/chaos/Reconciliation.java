package ma.remacto.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Once the load has stopped and the faults are healed, every key left uncertain by an unanswered
 * write is written once more until acknowledged, as a person would vote again: its final state is
 * then the last acknowledged write.
 */
final class Reconciliation {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private Reconciliation() {
    }

    /** Answers how many keys were written again. */
    static int run(Ledger ledger, Gateway gateway, Fixtures fixtures) throws IOException, InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        fixtures.citizens.forEach(citizen -> tokens.put(citizen[0], citizen[1]));
        int written = 0;
        for (Map.Entry<Ledger.VoteKey, Ledger.VoteHistory> entry : ledger.votes.entrySet()) {
            Ledger.VoteHistory history = entry.getValue();
            if (history.uncertain) {
                long sentAt = System.currentTimeMillis();
                Gateway.Reply reply = until(() -> gateway.send("PUT", Voter.votePath(entry.getKey().itemId()),
                        tokens.get(entry.getKey().citizen()), Map.of("choice", "FOR")));
                ledger.recordAcknowledged(WriteKind.VOTE, sentAt);
                history.ballotId = reply.json().path("ballotId").asText();
                history.acknowledged.add("FOR");
                history.uncertain = false;
                written++;
            }
        }
        for (Map.Entry<Ledger.ProjectKey, Ledger.ProjectHistory> entry : ledger.projects.entrySet()) {
            Ledger.ProjectHistory history = entry.getValue();
            if (history.uncertain) {
                reconcile(entry.getKey(), history, gateway, fixtures, ledger);
                written++;
            }
        }
        return written;
    }

    private static void reconcile(Ledger.ProjectKey key, Ledger.ProjectHistory history, Gateway gateway, Fixtures fixtures,
                                  Ledger ledger) throws IOException, InterruptedException {
        String admin = fixtures.programAdmins.get(fixtures.programs.indexOf(key.programId()));
        BigDecimal cost = BigDecimal.valueOf(555_000);
        String path = "/api/programs/" + key.programId() + "/projects";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long sentAt = System.currentTimeMillis();
            Gateway.Reply edited = gateway.send("PUT", path + "/" + key.number(), admin, Planner.projectEdit(key.number(), cost));
            if (edited.ok()) {
                ledger.recordAcknowledged(WriteKind.MATRIX, sentAt);
                history.present = true;
                history.costs.add(cost);
                history.uncertain = false;
                return;
            }
            if (edited.status() == 404) {
                // the add never went through: add it (a 409 means it just did)
                gateway.send("POST", path, admin, Map.of("number", key.number(), "axis", 1 + key.number() % 2,
                        "titleAr", "مشروع " + key.number(), "titleFr", "projet " + key.number(), "durationMonths", 12,
                        "costMad", cost));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("project " + key + " could not be written again");
    }

    interface Request {
        Gateway.Reply send() throws IOException, InterruptedException;
    }

    private static Gateway.Reply until(Request request) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Gateway.Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = request.send();
                if (last.ok()) {
                    return last;
                }
            } catch (IOException e) {
                last = new Gateway.Reply(0, e.toString());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("a write could not be made again: " + (last == null ? "" : last.status() + " " + last.body()));
    }
}
