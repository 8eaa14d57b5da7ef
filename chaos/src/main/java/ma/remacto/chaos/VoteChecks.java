package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.remacto.chaos.Verification.follows;
import static ma.remacto.chaos.Verification.query;
import static ma.remacto.chaos.Verification.withoutRepeats;

/** Each acknowledged vote: in the store, on the topic, and the resident's last choice counted once. */
final class VoteChecks extends WriteChecks {

    VoteChecks(Inputs inputs) {
        super(inputs);
    }

    @Override
    void run() throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        evidence.stores.events.stream().filter(event -> event.payloadType().endsWith(".VoteCastEvent"))
                .forEach(event -> stored.computeIfAbsent(event.aggregate(), a -> new ArrayList<>()).add(event.value()));
        Map<String, List<String>> published = evidence.onTopic(".VoteCast.");
        Map<String, String> ballots = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT item_id, ballot_id, choice FROM ballot WHERE consultation_id = '" + Fixtures.CONSULTATION + "'",
                    rows -> ballots.put(rows.getString(1) + ":" + rows.getString(2), rows.getString(3)));
        }
        Map<String, long[]> expected = new HashMap<>();
        long checked = 0;
        for (Map.Entry<Ledger.VoteKey, Ledger.VoteHistory> entry : ledger.votes.entrySet()) {
            Ledger.VoteHistory history = entry.getValue();
            if (history.acknowledged.isEmpty()) {
                continue;
            }
            checked++;
            String item = entry.getKey().itemId();
            String aggregate = Fixtures.CONSULTATION + ":" + item + ":" + history.ballotId;
            List<String> choices = withoutRepeats(history.acknowledged);
            String last = choices.get(choices.size() - 1);
            String who = entry.getKey().citizen() + " on " + item;
            if (!follows(choices, stored.getOrDefault(aggregate, List.of()))) {
                findings.lost(WriteKind.VOTE, who + ": acknowledged " + choices + ", stored " + stored.get(aggregate));
            } else if (!follows(choices, published.getOrDefault(aggregate, List.of()))) {
                findings.lost(WriteKind.VOTE, who + ": acknowledged " + choices + ", on Kafka " + published.get(aggregate));
            } else if (!last.equals(ballots.get(item + ":" + history.ballotId))) {
                findings.lost(WriteKind.VOTE, who + ": last acknowledged " + last + ", reporting's ballot "
                        + ballots.get(item + ":" + history.ballotId));
            }
            expected.computeIfAbsent(item, i -> new long[2])[last.equals("FOR") ? 0 : 1]++;
        }
        results(expected, checked);
    }

    /** The results, from the service's read model and from reporting's: distinct residents per choice. */
    private void results(Map<String, long[]> expected, long checked) throws Exception {
        JsonNode results = gateway.get("/api/consultations/" + Fixtures.CONSULTATION + "/results", null).json();
        Map<String, long[]> reported = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT item_id, choice, count(*) FROM ballot WHERE consultation_id = '"
                    + Fixtures.CONSULTATION + "' GROUP BY item_id, choice", rows -> reported.computeIfAbsent(rows.getString(1),
                    i -> new long[2])[rows.getString(2).equals("FOR") ? 0 : 1] = rows.getLong(3));
        }
        List<String> differences = new ArrayList<>();
        for (JsonNode item : results.path("items")) {
            String itemId = item.path("itemId").asText();
            long[] want = expected.getOrDefault(itemId, new long[2]);
            long[] service = {item.path("online").path("for").asLong(), item.path("online").path("against").asLong()};
            long[] reporting = reported.getOrDefault(itemId, new long[2]);
            // more ballots than residents who voted is a double count; a choice shifted between for and against
            // is a lost change, found above per resident
            for (long[] got : List.of(service, reporting)) {
                if (got[0] + got[1] > want[0] + want[1]) {
                    findings.doubled(WriteKind.VOTE, "item " + itemId + ": " + (got[0] + got[1]) + " ballots counted, "
                            + (want[0] + want[1]) + " residents voted");
                }
            }
            if (service[0] != want[0] || service[1] != want[1] || reporting[0] != want[0] || reporting[1] != want[1]) {
                differences.add(itemId + " expected " + want[0] + "/" + want[1] + ", service " + service[0] + "/"
                        + service[1] + ", reporting " + reporting[0] + "/" + reporting[1]);
            }
        }
        findings.check("vote results equal the residents' last acknowledged votes", differences.isEmpty(),
                checked + " residents' votes on items; " + (differences.isEmpty() ? "every item's for/against equal"
                        : String.join("; ", differences)));
    }
}
