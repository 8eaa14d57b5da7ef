package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        Voting voting = new Voting(gateway, fixtures, counts);
        List<String> voters = voting.residents("CR", VOTERS);
        String itemPath = voting.openConsultation("crash", "consultation through a crash");
        int restartsBefore = platform.restarts(PROPOSALS);

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        CountDownLatch firstVotes = new CountDownLatch(VOTERS / 3);
        CompletableFuture<Void> votes = CompletableFuture.runAsync(() -> {
            for (String voter : voters) {
                if (acknowledged(voting.vote(itemPath, voter))) {
                    acknowledged.add(voter);
                } else {
                    unanswered.add(voter);
                }
                firstVotes.countDown();
            }
        });
        assertThat(firstVotes.await(60, TimeUnit.SECONDS)).isTrue();
        long killed = Voting.kill(home().resolve("run").resolve(PROPOSALS + ".pid"));
        votes.get(5, TimeUnit.MINUTES);

        await().atMost(Duration.ofMinutes(3)).until(() -> platform.restarts(PROPOSALS) > restartsBefore);
        // a vote whose answer was lost may or may not have counted: its voter votes again, as a person would
        for (String voter : unanswered) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> acknowledged(voting.vote(itemPath, voter)));
        }
        answers.add("proposals-service (pid " + killed + ") killed during " + VOTERS + " votes: " + acknowledged.size()
                + " acknowledged before or around the crash, " + unanswered.size() + " cast again after the restart");

        assertThat(acknowledged).isNotEmpty();
        String consultation = Voting.consultationOf(itemPath);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Answer results = gateway.get("/api/consultations/" + consultation + "/results");
            assertThat(results.json().path("items").path(0).path("online").path("for").asLong()).isEqualTo(VOTERS);
            assertThat(voting.storedVotes(consultation)).isEqualTo(VOTERS);
            assertThat(voting.auditedVotes(consultation, false)).isEqualTo(VOTERS);
            assertThat(voting.auditedVotes(consultation, true)).isEqualTo(VOTERS);
        });
    }

    private static boolean acknowledged(Answer answer) {
        return answer != null && answer.status() == 200;
    }
}
