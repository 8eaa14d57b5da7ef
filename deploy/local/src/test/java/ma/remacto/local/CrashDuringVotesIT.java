package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static ma.remacto.local.AttackFixtures.COLLECTIVITY;
import static ma.remacto.local.AttackFixtures.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * proposals-service killed ({@code kill -9}) while residents vote: the launcher starts it again,
 * and every acknowledged vote is counted exactly once, in the service and in reporting's audit.
 */
class CrashDuringVotesIT extends AttackSuite {

    private static final int VOTERS = 30;
    private static final String PROPOSALS = "proposals-service";

    @Test
    void everyAcknowledgedVoteIsCountedOnceAfterACrash() throws Exception {
        List<String> voters = residents();
        String itemPath = openConsultation();
        int restartsBefore = platform.restarts(PROPOSALS);

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        CountDownLatch firstVotes = new CountDownLatch(VOTERS / 3);
        CompletableFuture<Void> voting = CompletableFuture.runAsync(() -> {
            for (String voter : voters) {
                if (vote(itemPath, voter)) {
                    acknowledged.add(voter);
                } else {
                    unanswered.add(voter);
                }
                firstVotes.countDown();
            }
        });
        assertThat(firstVotes.await(60, TimeUnit.SECONDS)).isTrue();
        long killed = kill(PROPOSALS);
        voting.get(5, TimeUnit.MINUTES);

        await().atMost(Duration.ofMinutes(3)).until(() -> platform.restarts(PROPOSALS) > restartsBefore);
        // a vote whose answer was lost may or may not have counted: its voter votes again, as a person would
        for (String voter : unanswered) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> vote(itemPath, voter));
        }
        answers.add("proposals-service (pid " + killed + ") killed during " + VOTERS + " votes: " + acknowledged.size()
                + " acknowledged before or around the crash, " + unanswered.size() + " cast again after the restart");

        assertThat(acknowledged).isNotEmpty();
        String consultation = itemPath.split("/")[3];
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Answer results = gateway.get("/api/consultations/" + consultation + "/results");
            assertThat(results.json().path("items").path(0).path("online").path("for").asLong()).isEqualTo(VOTERS);
            assertThat(counts.count("remacto_participation", "SELECT count(*) FROM domainevententry"
                    + " WHERE payloadtype LIKE '%VoteCastEvent' AND aggregateidentifier LIKE '" + consultation + ":%'"))
                    .isEqualTo(VOTERS);
            assertThat(auditedVotes(consultation, "count(*)")).isEqualTo(VOTERS);
            assertThat(auditedVotes(consultation, "count(DISTINCT data ->> 'ballotId')")).isEqualTo(VOTERS);
        });
    }

    private long auditedVotes(String consultation, String count) throws Exception {
        return counts.count("remacto_reporting", "SELECT " + count + " FROM audit_entry WHERE type LIKE '%VoteCast%'"
                + " AND data ->> 'consultationId' = '" + consultation + "'");
    }

    /** True once the vote is acknowledged; false when the service is down or the answer is lost. */
    private boolean vote(String itemPath, String voter) {
        try {
            return gateway.put(itemPath, voter, "{\"choice\":\"FOR\"}").status() == 200;
        } catch (Exception lost) {
            return false;
        }
    }

    private long kill(String module) throws IOException {
        long pid = Long.parseLong(Files.readString(home().resolve("run").resolve(module + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        return pid;
    }

    /** Residents of Temara on the census, each verified with a token of their own. */
    private List<String> residents() throws Exception {
        List<String> identifiers = new ArrayList<>(List.of(AttackFixtures.RESIDENT_ID, "CD654321"));
        for (int i = 0; i < VOTERS; i++) {
            identifiers.add(String.format("CR%06d", i));
        }
        Answer census = gateway.send("POST", "/api/collectivities/" + COLLECTIVITY + "/census", fixtures.admin, "text/csv",
                ("identifier\n" + String.join("\n", identifiers) + "\n").getBytes());
        assertThat(census.status()).as(census.body()).isBetween(200, 299);
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = gateway.token(Map.of("sub", "citizen-crash-" + i, "roles", List.of("CITIZEN")));
            Answer verified = gateway.post("/api/verifications", voter,
                    "{\"collectivityId\":\"" + COLLECTIVITY + "\",\"identifier\":\"" + identifiers.get(i + 2) + "\"}");
            assertThat(verified.status()).as(verified.body()).isBetween(200, 299);
            voters.add(voter);
        }
        return voters;
    }

    private String openConsultation() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Answer opened = gateway.post("/api/processes/" + PROCESS + "/consultations", fixtures.admin,
                "{\"id\":\"crash\",\"title\":\"consultation through a crash\",\"items\":[{\"ref\":\"" + fixtures.visibleProposal
                        + "\",\"title\":\"the visible proposal\"}],\"opensAt\":\"" + now.minusMinutes(1)
                        + "\",\"closesAt\":\"" + now.plusDays(1) + "\"}");
        assertThat(opened.status()).as(opened.body()).isBetween(200, 299);
        String id = opened.json().path("id").asText("crash");
        await().until(() -> gateway.get("/api/consultations/" + id).status() == 200);
        String itemId = gateway.get("/api/consultations/" + id).json().path("items").path(0).path("itemId").asText();
        return "/api/consultations/" + id + "/items/" + itemId + "/vote";
    }
}
