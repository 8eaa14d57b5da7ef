package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the load writes into, entered through the gateway before it starts: member collectivities
 * (registered, admitted), a process collecting ideas, a process in consultation with an open
 * consultation, one draft program with two axes per matrix caller, and the residents who vote.
 */
final class Fixtures {

    static final String VOTING = "chaos-vote";
    static final String IDEAS = "chaos-ideas";
    static final String IDEAS_PROCESS = "chaos-ideas-process";
    static final String VOTE_PROCESS = "chaos-vote-process";
    static final String CONSULTATION = "chaos-consultation";
    static final int ITEMS = 5;

    final String operator;
    final List<String> programs = new ArrayList<>();
    final List<String> programAdmins = new ArrayList<>();
    final List<String> itemIds = new ArrayList<>();
    /** Residents of {@link #VOTING}: subject and token. */
    final List<String[]> citizens = new ArrayList<>();
    String ideasAdmin;

    private final Gateway gateway;

    private Fixtures(Gateway gateway) throws IOException, InterruptedException {
        this.gateway = gateway;
        this.operator = gateway.token(Map.of("sub", "chaos-operator", "roles", List.of("NETWORK_OPERATOR")));
    }

    static Fixtures enter(Gateway gateway, int programs, int citizens) throws IOException, InterruptedException {
        Fixtures fixtures = new Fixtures(gateway);
        fixtures.members(programs);
        fixtures.processes();
        fixtures.programs(programs);
        fixtures.citizens(citizens);
        return fixtures;
    }

    static String planner(int n) {
        return "chaos-plan-" + n;
    }

    private void members(int programs) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>(List.of(VOTING, IDEAS));
        for (int n = 1; n <= programs; n++) {
            ids.add(planner(n));
        }
        for (String id : ids) {
            gateway.insist("POST", "/api/collectivities", operator, registration(id));
            gateway.insist("POST", "/api/collectivities/" + id + "/admission", operator, admission());
        }
    }

    static Map<String, Object> registration(String id) {
        return Map.of("id", id, "kind", "COMMUNE", "nameAr", "جماعة " + id, "nameFr", "Commune " + id,
                "regionId", "rabat-sale-kenitra");
    }

    static Map<String, Object> admission() {
        return Map.of("decision", "ADMITTED", "decidedOn", LocalDate.now(ZoneOffset.UTC).toString(),
                "reason", "fault-injection run");
    }

    private String admin(String collectivity) throws IOException, InterruptedException {
        return gateway.token(Map.of("sub", "chaos-admin-" + collectivity, "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", collectivity));
    }

    private void processes() throws IOException, InterruptedException {
        ideasAdmin = admin(IDEAS);
        // the services learn of a new member from the network's topic: a process may have to wait for it
        eventually("POST", "/api/processes", ideasAdmin, Map.of("id", IDEAS_PROCESS, "collectivityId", IDEAS,
                "title", "ideas under faults", "cycle", "2027-2028"));
        String voteAdmin = admin(VOTING);
        eventually("POST", "/api/processes", voteAdmin, Map.of("id", VOTE_PROCESS, "collectivityId", VOTING,
                "title", "votes under faults", "cycle", "2027-2028"));
        eventually("POST", "/api/processes/" + VOTE_PROCESS + "/phase", voteAdmin,
                Map.of("phase", "CONSULTATION", "on", LocalDate.now(ZoneOffset.UTC).toString()));
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            items.add(Map.of("ref", "chaos-item-" + i, "title", "item " + i));
        }
        eventually("POST", "/api/processes/" + VOTE_PROCESS + "/consultations", voteAdmin, Map.of(
                "id", CONSULTATION, "title", "consultation under faults", "items", items,
                "opensAt", Instant.now().minusSeconds(60).toString(),
                "closesAt", Instant.now().plusSeconds(7 * 24 * 3600).toString()));
        JsonNode consultation = eventually("GET", "/api/consultations/" + CONSULTATION, null, null).json();
        for (JsonNode item : consultation.path("items")) {
            itemIds.add(item.path("itemId").asText());
        }
        if (itemIds.size() != ITEMS) {
            throw new IllegalStateException("the consultation has " + itemIds.size() + " items: " + consultation);
        }
    }

    private void programs(int count) throws IOException, InterruptedException {
        for (int n = 1; n <= count; n++) {
            String admin = admin(planner(n));
            String program = planner(n) + "-program";
            eventually("POST", "/api/programs", admin, Map.of("id", program, "collectivityId", planner(n),
                    "title", "program under faults " + n, "startYear", 2027, "endYear", 2030));
            for (int axis = 1; axis <= 2; axis++) {
                eventually("POST", "/api/programs/" + program + "/axes", admin,
                        Map.of("number", axis, "titleAr", "محور " + axis, "titleFr", "axe " + axis));
            }
            programs.add(program);
            programAdmins.add(admin);
        }
    }

    private void citizens(int count) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            String subject = "chaos-citizen-" + i;
            citizens.add(new String[] {subject, gateway.token(Map.of("sub", subject, "roles", List.of("CITIZEN"),
                    "residence", VOTING))});
        }
    }

    /** Sends until a 2xx (a read model or a replica may lag a moment behind the write before). */
    private Gateway.Reply eventually(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Gateway.Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = gateway.send(method, path, token, body);
                if (last.ok()) {
                    return last;
                }
            } catch (IOException e) {
                last = new Gateway.Reply(0, e.toString());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(method + " " + path + " answered " + last.status() + ": " + last.body());
    }
}
