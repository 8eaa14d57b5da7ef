package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static ma.remacto.local.AttackFixtures.COLLECTIVITY;
import static ma.remacto.local.AttackFixtures.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Residents voting through the gateway while the platform is hurt, and the counts that tell
 * whether each acknowledged vote counted once: in proposals-service's event store and in
 * reporting's audit trail, read straight from the databases.
 */
final class Voting {

    private final GatewayClient gateway;
    private final AttackFixtures fixtures;
    private final PlatformCounts counts;

    Voting(GatewayClient gateway, AttackFixtures fixtures, PlatformCounts counts) {
        this.gateway = gateway;
        this.fixtures = fixtures;
        this.counts = counts;
    }

    /**
     * {@code count} residents of Temara on the census (identifiers {@code <code>000000} on), each
     * verified with a token of their own.
     */
    List<String> residents(String code, int count) throws Exception {
        List<String> identifiers = new ArrayList<>(List.of(AttackFixtures.RESIDENT_ID, "CD654321"));
        for (int i = 0; i < count; i++) {
            identifiers.add(String.format("%s%06d", code, i));
        }
        Answer census = gateway.send("POST", "/api/collectivities/" + COLLECTIVITY + "/census", fixtures.admin, "text/csv",
                ("identifier\n" + String.join("\n", identifiers) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(census.status()).as(census.body()).isBetween(200, 299);
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String voter = gateway.token(Map.of("sub", "citizen-" + code.toLowerCase(Locale.ROOT) + "-" + i,
                    "roles", List.of("CITIZEN")));
            Answer verified = gateway.post("/api/verifications", voter,
                    "{\"collectivityId\":\"" + COLLECTIVITY + "\",\"identifier\":\"" + identifiers.get(i + 2) + "\"}");
            assertThat(verified.status()).as(verified.body()).isBetween(200, 299);
            voters.add(voter);
        }
        return voters;
    }

    /** Opens a consultation on the fixtures' visible proposal, open now; the path of its item's vote. */
    String openConsultation(String id, String title) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Answer opened = gateway.post("/api/processes/" + PROCESS + "/consultations", fixtures.admin,
                "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"items\":[{\"ref\":\"" + fixtures.visibleProposal
                        + "\",\"title\":\"the visible proposal\"}],\"opensAt\":\"" + now.minusMinutes(1)
                        + "\",\"closesAt\":\"" + now.plusDays(1) + "\"}");
        assertThat(opened.status()).as(opened.body()).isBetween(200, 299);
        String consultation = opened.json().path("id").asText(id);
        await().until(() -> gateway.get("/api/consultations/" + consultation).status() == 200);
        String itemId = gateway.get("/api/consultations/" + consultation).json().path("items").path(0).path("itemId").asText();
        return "/api/consultations/" + consultation + "/items/" + itemId + "/vote";
    }

    /** The consultation of a vote path. */
    static String consultationOf(String itemPath) {
        return itemPath.split("/")[3];
    }

    /** A FOR vote; {@code null} when no answer came (the connection was lost). */
    Answer vote(String itemPath, String voter) {
        try {
            return gateway.put(itemPath, voter, "{\"choice\":\"FOR\"}");
        } catch (Exception lost) {
            return null;
        }
    }

    /** The votes cast on the consultation, as events in proposals-service's store. */
    long storedVotes(String consultation) throws SQLException {
        return counts.count("remacto_participation", "SELECT count(*) FROM domainevententry"
                + " WHERE payloadtype LIKE '%VoteCastEvent' AND aggregateidentifier LIKE '" + consultation + ":%'");
    }

    /** The consultation's votes in reporting's audit trail: all of them, or one per ballot. */
    long auditedVotes(String consultation, boolean distinctBallots) throws SQLException {
        return counts.count("remacto_reporting", "SELECT "
                + (distinctBallots ? "count(DISTINCT data ->> 'ballotId')" : "count(*)")
                + " FROM audit_entry WHERE type LIKE '%VoteCast%' AND data ->> 'consultationId' = '" + consultation + "'");
    }

    /** Kills ({@code kill -9}) the process of a pid file and waits for its end; its pid. */
    static long kill(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        return pid;
    }
}
