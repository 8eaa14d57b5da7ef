package ma.remacto.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checks on the acknowledged writes, once the platform is quiet: each is in its service's event
 * store, on its topic, and counted exactly once in reporting's projections (and in the service's own
 * read model where one serves it); every published event reached Kafka, and every record reached
 * reporting's audit trail once.
 */
final class Verification {

    private final Ledger ledger;
    private final Postgres postgres;
    private final Gateway gateway;
    private final Findings findings;
    private EventStores stores;
    private TopicRecords topics;

    Verification(Ledger ledger, Postgres postgres, Gateway gateway, Findings findings) {
        this.ledger = ledger;
        this.postgres = postgres;
        this.gateway = gateway;
        this.findings = findings;
    }

    void run(KafkaBroker kafka) throws Exception {
        stores = EventStores.read(postgres);
        topics = TopicRecords.read(kafka.bootstrap());
        Evidence evidence = new Evidence(stores, topics);
        publication();
        reception();
        WriteChecks.Inputs inputs = new WriteChecks.Inputs(ledger, evidence, postgres, gateway, findings);
        for (WriteChecks checks : List.of(new VoteChecks(inputs), new ProposalChecks(inputs), new MemberChecks(inputs),
                new ProjectChecks(inputs))) {
            checks.run();
        }
    }

    /** A late event (committed after the gap timeout) is published and projected like any other. */
    void lateEvents(List<LateEvent.Committed> late) throws SQLException {
        if (late.isEmpty()) {
            return;
        }
        Set<String> published = new Evidence(stores, topics).subjects(".CollectivityRegistered.");
        Set<String> members = new HashSet<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT collectivity_id FROM member WHERE collectivity_id LIKE 'chaos-late-%'",
                    rows -> members.add(rows.getString(1)));
        }
        Set<String> stored = new HashSet<>(stores.events.stream().map(EventStores.Stored::aggregate).toList());
        List<String> wrong = new ArrayList<>();
        long ended = 0;
        for (LateEvent.Committed event : late) {
            boolean onKafka = published.contains(event.collectivityId());
            boolean projected = members.contains(event.collectivityId());
            boolean inStore = stored.contains(event.collectivityId());
            if (event.committed() ? !(onKafka && projected) : (inStore || onKafka || projected)) {
                wrong.add(event.collectivityId() + " (global index " + event.globalIndex() + ", "
                        + (event.committed() ? "committed" : "ended") + "): stored " + inStore + ", on Kafka " + onKafka
                        + ", in reporting " + projected);
            }
            if (!event.committed()) {
                ended++;
            }
        }
        findings.check("no event commits after the gap timeout: a transaction held past it is ended at the append bound"
                        + " and leaves nothing, one that commits is published and projected", wrong.isEmpty(),
                late.size() + " held transactions, " + ended + " ended by the server"
                        + (wrong.isEmpty() ? "; nothing stored, published or projected of those" : "; wrong: " + String.join("; ", wrong)));
    }

    /** Every published event of every event store is on its topic. */
    private void publication() {
        Set<String> onKafka = topics.records.stream().map(TopicRecords.Record::id).collect(Collectors.toSet());
        List<EventStores.Stored> missing = stores.events.stream().filter(EventStores.Stored::published)
                .filter(event -> !onKafka.contains(event.eventId())).toList();
        long published = stores.events.stream().filter(EventStores.Stored::published).count();
        findings.check("every published event is on Kafka", missing.isEmpty(), published + " events stored and published, "
                + missing.size() + " missing on the topics" + (missing.isEmpty() ? "" : ", e.g. " + missing.get(0)));
    }

    /** Every record's CloudEvent is claimed once and in the audit trail once. */
    private void reception() throws SQLException {
        Set<String> distinct = new HashSet<>();
        Map<String, Integer> again = new TreeMap<>();
        topics.records.forEach(record -> {
            if (!distinct.add(record.source() + " " + record.id())) {
                again.merge(String.valueOf(record.source()), 1, Integer::sum);
            }
        });
        long duplicates = topics.records.size() - distinct.size();
        Set<String> claimed = new HashSet<>();
        Map<String, Integer> audited = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT source, event_id FROM received_event", rows -> claimed.add(rows.getString(1) + " " + rows.getString(2)));
            query(connection, "SELECT source, event_id FROM audit_entry",
                    rows -> audited.merge(rows.getString(1) + " " + rows.getString(2), 1, Integer::sum));
        }
        Set<String> notClaimed = new HashSet<>(distinct);
        notClaimed.removeAll(claimed);
        Set<String> notAudited = new HashSet<>(distinct);
        notAudited.removeAll(audited.keySet());
        long twice = audited.values().stream().filter(count -> count > 1).count();
        findings.check("every record reached reporting", notClaimed.isEmpty() && notAudited.isEmpty(),
                distinct.size() + " distinct events in " + topics.records.size() + " records (" + duplicates
                        + " delivered more than once" + (again.isEmpty() ? "" : ": " + again) + "), "
                        + notClaimed.size() + " not claimed, " + notAudited.size()
                        + " not in the audit trail");
        findings.check("no event is in the audit trail twice", twice == 0, twice + " events audited more than once");
    }

    static List<String> withoutRepeats(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (result.isEmpty() || !result.get(result.size() - 1).equals(value)) {
                result.add(value);
            }
        }
        return result;
    }

    /** Whether {@code acknowledged} occurs in {@code applied} in order (other writes may come between) and ends it. */
    static boolean follows(List<String> acknowledged, List<String> applied) {
        if (acknowledged.isEmpty()) {
            return true;
        }
        int matched = 0;
        for (String value : applied) {
            if (matched < acknowledged.size() && acknowledged.get(matched).equals(value)) {
                matched++;
            }
        }
        return matched == acknowledged.size() && !applied.isEmpty()
                && applied.get(applied.size() - 1).equals(acknowledged.get(acknowledged.size() - 1));
    }

    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
