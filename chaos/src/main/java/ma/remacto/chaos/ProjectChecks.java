package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.remacto.chaos.Verification.follows;
import static ma.remacto.chaos.Verification.query;
import static ma.remacto.chaos.Verification.withoutRepeats;

/** Each acknowledged project change: stored and on the topic in order, and the last cost in both read models. */
final class ProjectChecks extends WriteChecks {

    ProjectChecks(Inputs inputs) {
        super(inputs);
    }

    @Override
    void run() throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        evidence.stores.events.stream().filter(event -> event.value() != null && event.payloadType().contains(".Project"))
                .forEach(event -> stored.computeIfAbsent(event.aggregate() + "#" + event.value().split("=")[0],
                        k -> new ArrayList<>()).add(event.value().split("=")[1]));
        Map<String, List<String>> published = new HashMap<>();
        for (TopicRecords.Record record : evidence.distinctRecords()) {
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
            List<String> costs = withoutRepeats(history.costs.stream().map(ProjectChecks::plain).toList());
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
        totals(totals, checked);
    }

    /** Programs-service's totals: each program's is the sum of its projects' last acknowledged costs. */
    private void totals(Map<String, BigDecimal> totals, long checked) throws Exception {
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
}
