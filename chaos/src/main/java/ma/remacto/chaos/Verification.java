package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
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
        publication();
        reception();
        votes();
        proposals();
        members();
        projects();
    }

    /** A late event (committed after the gap timeout) is published and projected like any other. */
    void lateEvents(List<LateEvent.Committed> late) throws SQLException {
        if (late.isEmpty()) {
            return;
        }
        Set<String> published = subjects(".CollectivityRegistered.");
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

    EventStores stores() {
        return stores;
    }

    TopicRecords topics() {
        return topics;
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

    /** Each acknowledged vote: in the store, on the topic, and the resident's last choice counted once. */
    private void votes() throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        stores.events.stream().filter(event -> event.payloadType().endsWith(".VoteCastEvent"))
                .forEach(event -> stored.computeIfAbsent(event.aggregate(), a -> new ArrayList<>()).add(event.value()));
        Map<String, List<String>> published = onTopic(".VoteCast.");
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
        // the results, from the service's read model and from reporting's: distinct residents per choice
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

    /** Each acknowledged proposal: one submission stored, on the topic, in reporting's proposals and audit once. */
    private void proposals() throws SQLException {
        // proposals live in their process's aggregate: they are told apart by the proposalId of their event
        Map<String, Long> stored = stores.events.stream().filter(event -> event.payloadType().endsWith(".ProposalSubmittedEvent"))
                .collect(Collectors.groupingBy(EventStores.Stored::value, Collectors.counting()));
        Set<String> published = topics.records.stream().filter(record -> record.type() != null
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

    /** Each acknowledged registration and admission: stored, on the topic, and the member's status in reporting. */
    private void members() throws SQLException {
        Map<String, Long> registered = count(".CollectivityRegisteredEvent");
        Map<String, Long> admitted = count(".AdmissionDecidedEvent");
        Set<String> registeredOnKafka = subjects(".CollectivityRegistered.");
        Set<String> admittedOnKafka = subjects(".AdmissionDecided.");
        Map<String, String> status = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT collectivity_id, status FROM member", rows -> status.put(rows.getString(1), rows.getString(2)));
        }
        for (String id : ledger.registrations) {
            if (registered.getOrDefault(id, 0L) == 0 || !registeredOnKafka.contains(id) || !status.containsKey(id)) {
                findings.lost(WriteKind.MEMBERSHIP, "registration of " + id);
            } else if (registered.get(id) > 1) {
                findings.doubled(WriteKind.MEMBERSHIP, "registration of " + id + " stored " + registered.get(id) + " times");
            }
        }
        for (String id : ledger.admissions) {
            if (admitted.getOrDefault(id, 0L) == 0 || !admittedOnKafka.contains(id) || !"ADMITTED".equals(status.get(id))) {
                findings.lost(WriteKind.MEMBERSHIP, "admission of " + id + " (reporting's status " + status.get(id) + ")");
            } else if (admitted.get(id) > 1) {
                findings.doubled(WriteKind.MEMBERSHIP, "admission of " + id + " stored " + admitted.get(id) + " times");
            }
        }
        // network-service's own read model: an acknowledged admission reads ADMITTED there too
        List<String> view = new ArrayList<>();
        for (String id : ledger.admissions) {
            try {
                Gateway.Reply reply = gateway.get("/api/collectivities/" + id, null);
                String read = reply.ok() ? reply.json().path("status").asText() : Integer.toString(reply.status());
                if (!"ADMITTED".equals(read)) {
                    view.add(id + " reads " + read);
                }
            } catch (IOException e) {
                view.add(id + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                view.add(id + ": interrupted");
            }
        }
        findings.check("network-service's members read as admitted", view.isEmpty(), ledger.admissions.size()
                + " admissions read back" + (view.isEmpty() ? "" : "; " + view.size() + " not ADMITTED, e.g. "
                + view.subList(0, Math.min(5, view.size()))));
        long members = status.keySet().stream().filter(id -> id.startsWith("cm-")).count();
        Set<String> tried = new HashSet<>(ledger.registrations);
        tried.addAll(ledger.membersUnacknowledged);
        findings.check("reporting's members are the registered ones", members >= ledger.registrations.size()
                        && members <= tried.size(),
                ledger.registrations.size() + " registrations and " + ledger.admissions.size() + " admissions acknowledged, "
                        + members + " members in reporting");
    }

    /** Each acknowledged project change: stored and on the topic in order, and the last cost in both read models. */
    private void projects() throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        stores.events.stream().filter(event -> event.value() != null && event.payloadType().contains(".Project"))
                .forEach(event -> stored.computeIfAbsent(event.aggregate() + "#" + event.value().split("=")[0],
                        k -> new ArrayList<>()).add(event.value().split("=")[1]));
        Map<String, List<String>> published = new HashMap<>();
        for (TopicRecords.Record record : distinctRecords()) {
            if (record.value() != null && record.type() != null && record.type().contains(".Project")) {
                published.computeIfAbsent(record.subject() + "#" + record.value().split("=")[0], k -> new ArrayList<>())
                        .add(record.value().split("=")[1]);
            }
        }
        Map<String, BigDecimal> projected = new HashMap<>();
        try (Connection connection = postgres.connect("remacto_reporting")) {
            query(connection, "SELECT program_id, number, cost_mad FROM program_project",
                    rows -> projected.put(rows.getString(1) + "#" + rows.getInt(2), rows.getBigDecimal(3)));
        }
        Map<String, BigDecimal> totals = new HashMap<>();
        long checked = 0;
        for (Map.Entry<Ledger.ProjectKey, Ledger.ProjectHistory> entry : ledger.projects.entrySet()) {
            Ledger.ProjectHistory history = entry.getValue();
            if (!history.present || history.costs.isEmpty()) {
                continue;
            }
            checked++;
            String key = entry.getKey().programId() + "#" + entry.getKey().number();
            List<String> costs = withoutRepeats(history.costs.stream().map(Verification::plain).toList());
            String last = costs.get(costs.size() - 1);
            // an add answered 409 (an earlier try went through) is present, not acknowledged: only its edits are promises
            List<String> promised = history.added ? costs : costs.subList(Math.min(1, costs.size()), costs.size());
            if (!follows(promised, stored.getOrDefault(key, List.of()))) {
                findings.lost(WriteKind.MATRIX, key + ": acknowledged costs " + promised + ", stored " + stored.get(key));
            } else if (!follows(promised, published.getOrDefault(key, List.of()))) {
                findings.lost(WriteKind.MATRIX, key + ": acknowledged costs " + promised + ", on Kafka " + published.get(key));
            } else if (projected.get(key) == null || !plain(projected.get(key)).equals(last)) {
                findings.lost(WriteKind.MATRIX, key + ": last acknowledged cost " + last + ", reporting " + projected.get(key));
            }
            totals.merge(entry.getKey().programId(), new BigDecimal(last), BigDecimal::add);
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            JsonNode program = gateway.get("/api/programs/" + total.getKey(), null).json();
            BigDecimal service = program.path("totalCostMad").decimalValue();
            if (service.compareTo(total.getValue()) != 0) {
                differences.add(total.getKey() + " expected " + plain(total.getValue()) + ", programs-service " + plain(service));
                if (service.compareTo(total.getValue()) > 0) {
                    findings.doubled(WriteKind.MATRIX, total.getKey() + " total " + plain(service) + " > " + plain(total.getValue()));
                }
            }
        }
        findings.check("programs' totals equal the last acknowledged costs", differences.isEmpty(),
                checked + " projects in " + totals.size() + " programs" + (differences.isEmpty() ? "" : ": " + differences));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The records with a CloudEvent met for the first time (a record delivered again is left out), in log order. */
    private List<TopicRecords.Record> distinctRecords() {
        Set<String> seen = new HashSet<>();
        return topics.records.stream().filter(record -> seen.add(record.source() + " " + record.id())).toList();
    }

    private Map<String, List<String>> onTopic(String type) {
        Map<String, List<String>> values = new HashMap<>();
        for (TopicRecords.Record record : distinctRecords()) {
            if (record.type() != null && record.type().contains(type)) {
                values.computeIfAbsent(record.subject(), s -> new ArrayList<>()).add(record.value());
            }
        }
        return values;
    }

    private Set<String> subjects(String type) {
        return topics.records.stream().filter(record -> record.type() != null && record.type().contains(type))
                .map(TopicRecords.Record::subject).collect(Collectors.toSet());
    }

    private Map<String, Long> count(String payloadSuffix) {
        return stores.events.stream().filter(event -> event.payloadType().endsWith(payloadSuffix))
                .collect(Collectors.groupingBy(EventStores.Stored::aggregate, Collectors.counting()));
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
