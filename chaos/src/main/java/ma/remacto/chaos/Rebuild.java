package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rebuild of reporting's projections from the topics, as an operator starts it
 * ({@code POST /api/admin/projections/rebuild}) and follows it ({@code GET /api/admin/projections}).
 */
final class Rebuild {

    private static final Set<String> ENDS = Set.of("SWAPPED", "DIFFERENT", "FAILED");

    private Rebuild() {
    }

    /** Starts a rebuild; answers its id. A rebuild already running (409) is waited for first. */
    static String start(Gateway gateway, String operator, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Gateway.Reply reply = gateway.send("POST", "/api/admin/projections/rebuild", operator, null);
            if (reply.status() == 202) {
                return reply.json().path("rebuildId").asText();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no rebuild could start: " + reply.status() + " " + reply.body());
            }
            Thread.sleep(2000);
        }
    }

    /** Waits for the rebuild's end; answers its last status. */
    static JsonNode await(Gateway gateway, String operator, String rebuildId, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            try {
                Gateway.Reply reply = gateway.get("/api/admin/projections", operator);
                if (reply.ok()) {
                    status = reply.json().path("rebuild");
                    if (rebuildId.equals(status.path("rebuildId").asText()) && ENDS.contains(status.path("state").asText())) {
                        return status;
                    }
                }
            } catch (IOException e) {
                // reporting may be restarting
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("rebuild " + rebuildId + " did not end within " + timeout.toSeconds() + " s: " + status);
    }

    /** Rebuilds from the topics and checks that every table equals the live one and was swapped in. */
    static void check(Gateway gateway, String operator, Findings findings) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String id = start(gateway, operator, Duration.ofMinutes(5));
        JsonNode status = await(gateway, operator, id, Duration.ofMinutes(10));
        List<String> different = new ArrayList<>();
        int tables = 0;
        for (JsonNode table : status.path("tables")) {
            tables++;
            if (!table.path("equal").asBoolean()) {
                different.add(table.path("table").asText() + " (live " + table.path("liveRows").asLong() + " rows, rebuilt "
                        + table.path("rebuiltRows").asLong() + ")");
            }
        }
        boolean swapped = "SWAPPED".equals(status.path("state").asText());
        findings.check("the projections equal a fresh rebuild", swapped && different.isEmpty() && tables > 0,
                "rebuild " + status.path("state").asText() + " in " + (System.nanoTime() - started) / 1_000_000_000 + " s, "
                        + status.path("eventsRead").asLong() + " records read, " + (tables - different.size()) + " of "
                        + tables + " tables equal" + (different.isEmpty() ? "" : "; different: " + different)
                        + (swapped ? "" : "; " + status.path("message").asText()));
    }
}
