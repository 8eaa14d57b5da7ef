package ma.remacto.chaos;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ma.remacto.chaos.Verification.query;

/** Each acknowledged registration and admission: stored, on the topic, and the member's status in reporting. */
final class MemberChecks extends WriteChecks {

    MemberChecks(Inputs inputs) {
        super(inputs);
    }

    @Override
    void run() throws SQLException {
        Map<String, Long> registered = evidence.count(".CollectivityRegisteredEvent");
        Map<String, Long> admitted = evidence.count(".AdmissionDecidedEvent");
        Set<String> registeredOnKafka = evidence.subjects(".CollectivityRegistered.");
        Set<String> admittedOnKafka = evidence.subjects(".AdmissionDecided.");
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
        readModel();
        long members = status.keySet().stream().filter(id -> id.startsWith("cm-")).count();
        Set<String> tried = new HashSet<>(ledger.registrations);
        tried.addAll(ledger.membersUnacknowledged);
        findings.check("reporting's members are the registered ones", members >= ledger.registrations.size()
                        && members <= tried.size(),
                ledger.registrations.size() + " registrations and " + ledger.admissions.size() + " admissions acknowledged, "
                        + members + " members in reporting");
    }

    /** Network-service's own read model: an acknowledged admission reads ADMITTED there too. */
    private void readModel() {
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
    }
}
