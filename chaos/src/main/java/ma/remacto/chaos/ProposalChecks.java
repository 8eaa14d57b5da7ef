package ma.remacto.chaos;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static ma.remacto.chaos.Verification.query;

/** Each acknowledged proposal: one submission stored, on the topic, in reporting's proposals and audit once. */
final class ProposalChecks extends WriteChecks {

    ProposalChecks(Inputs inputs) {
        super(inputs);
    }

    @Override
    void run() throws SQLException {
        // proposals live in their process's aggregate: they are told apart by the proposalId of their event
        Map<String, Long> stored = evidence.stores.events.stream()
                .filter(event -> event.payloadType().endsWith(".ProposalSubmittedEvent"))
                .collect(Collectors.groupingBy(EventStores.Stored::value, Collectors.counting()));
        Set<String> published = evidence.topics.records.stream().filter(record -> record.type() != null
                && record.type().contains(".ProposalSubmitted.")).map(TopicRecords.Record::value).collect(Collectors.toSet());
        Set<String> projected = new HashSet<>();
        Map<String, Integer> audited = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT proposal_id FROM proposal WHERE process_id = '" + Fixtures.IDEAS_PROCESS + "'",
                    rows -> projected.add(rows.getString(1)));
            query(connection, "SELECT data ->> 'proposalId' FROM audit_entry WHERE type LIKE '%.ProposalSubmitted.%'",
                    rows -> audited.merge(rows.getString(1), 1, Integer::sum));
        }
        for (String id : ledger.proposals) {
            if (stored.getOrDefault(id, 0L) == 0 || !published.contains(id) || !projected.contains(id)
                    || !audited.containsKey(id)) {
                findings.lost(WriteKind.PROPOSAL, id + " (stored " + stored.getOrDefault(id, 0L) + ", on Kafka "
                        + published.contains(id) + ", projected " + projected.contains(id) + ", audited "
                        + audited.getOrDefault(id, 0) + ")");
            } else if (stored.get(id) > 1 || audited.get(id) > 1) {
                findings.doubled(WriteKind.PROPOSAL, id + " stored " + stored.get(id) + " times, audited " + audited.get(id));
            }
        }
        long expectedAtMost = ledger.proposals.size() + ledger.proposalsUnacknowledged.size();
        findings.check("reporting's proposals are the acknowledged ones (and no more than those tried)",
                projected.containsAll(ledger.proposals) && projected.size() <= expectedAtMost,
                ledger.proposals.size() + " acknowledged, " + ledger.proposalsUnacknowledged.size()
                        + " tried without an answer, " + projected.size() + " in reporting");
    }
}
