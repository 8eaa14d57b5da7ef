package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static ma.remacto.local.AttackFixtures.COLLECTIVITY;
import static ma.remacto.local.AttackFixtures.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every application, the first gateway the one door: the demo data arrives, every
 * instance of every service takes its share of the requests, and residents keep voting while one
 * proposals-service instance is killed ({@code kill -9}). Each vote is acknowledged or refused
 * cleanly (503/502 {@code service-unavailable}, cast again), and every acknowledged vote counts once,
 * in the service and in reporting; both reporting instances, and both gateways, answer the same
 * dashboards.
 */
class ScaledPlatformIT {

    private static final int INSTANCES = 2;
    private static final int VOTERS = 30;
    private static final String PROPOSALS = "proposals-service";
    private static final String REPORTING = "reporting-service";
    /** A read each service answers from the demo data. */
    private static final Map<String, String> READS = Map.of(
            "network-service", "/api/collectivities/temara",
            PROPOSALS, "/api/processes/" + PROCESS,
            "programs-service", "/api/programs/temara-2025-2026",
            REPORTING, "/api/dashboards/network");
    private static final List<String> DASHBOARDS = List.of("/api/dashboards/network",
            "/api/dashboards/collectivities/" + COLLECTIVITY);

    private LocalPlatform platform;
    private GatewayClient gateway;
    private Voting voting;

    @Test
    void twoInstancesOfEachApplicationShareTheWorkAndAKilledOneLosesNoVote() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "remacto-scaled-");
        try (LocalPlatform started = LocalPlatform.start(TestPlatforms.settings(home, INSTANCES))) {
            platform = started;
            gateway = new GatewayClient(platform.settings().gatewayUrl());
            System.out.printf("%d instances of each application ready in %d ms, applications resident: %d MB%n",
                    INSTANCES, platform.readyMillis(), platform.applicationsResidentMemoryKb() / 1024);
            demoDataArrived();
            AttackFixtures fixtures = new AttackFixtures(gateway);
            fixtures.enter();
            voting = new Voting(gateway, fixtures, new PlatformCounts(platform));
            List<String> voters = voting.residents("SC", VOTERS);
            String itemPath = voting.openConsultation("scaled", "consultation across instances");

            for (String service : READS.keySet()) {
                for (int i = 0; i < 2 * INSTANCES; i++) {
                    Answer read = gateway.get(READS.get(service));
                    assertThat(read.status()).as(service + ": " + read.body()).isEqualTo(200);
                }
                for (int index = 0; index < INSTANCES; index++) {
                    assertThat(apiRequestsServed(service, index)).as(service + " instance " + index + " answered").isTrue();
                }
            }

            voteThroughAKill(voters, itemPath);
            String consultation = Voting.consultationOf(itemPath);
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                Answer results = gateway.get("/api/consultations/" + consultation + "/results");
                assertThat(results.json().path("items").path(0).path("online").path("for").asLong()).isEqualTo(VOTERS);
                assertThat(voting.storedVotes(consultation)).isEqualTo(VOTERS);
            });
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                assertThat(voting.auditedVotes(consultation, false)).as("votes in reporting's audit").isEqualTo(VOTERS);
                assertThat(voting.auditedVotes(consultation, true)).isEqualTo(VOTERS);
                JsonNode dashboard = gateway.get("/api/dashboards/collectivities/" + COLLECTIVITY).json();
                JsonNode item = StreamSupport.stream(dashboard.path("consultations").spliterator(), false)
                        .filter(c -> c.path("id").asText().equals(consultation)).findFirst().orElseThrow()
                        .path("items").path(0);
                assertThat(item.path("online").path("votesFor").asLong()).as("votes on reporting's dashboard").isEqualTo(VOTERS);
            });

            GatewayClient secondGateway = new GatewayClient(platform.instanceUrl("gateway", 1));
            for (String dashboard : DASHBOARDS) {
                await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                    JsonNode first = new GatewayClient(platform.instanceUrl(REPORTING, 0)).get(dashboard).json();
                    assertThat(new GatewayClient(platform.instanceUrl(REPORTING, 1)).get(dashboard).json())
                            .as(dashboard + " from each reporting instance").isEqualTo(first);
                    assertThat(secondGateway.get(dashboard).json()).as(dashboard + " through the second gateway").isEqualTo(first);
                });
            }
        }
    }

    private void demoDataArrived() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode members = gateway.get("/api/collectivities?limit=500").json().path("items");
            List<String> ids = StreamSupport.stream(members.spliterator(), false).map(m -> m.path("id").asText()).toList();
            assertThat(ids).contains("temara", "tamazgana");
            assertThat(StreamSupport.stream(members.spliterator(), false).filter(m -> m.path("kind").asText().equals("REGION")))
                    .hasSize(12);
            JsonNode participation = gateway.get("/api/dashboards/collectivities/temara").json().path("participation");
            assertThat(participation.path("inPerson").path("total").asLong()).isEqualTo(279);
            assertThat(participation.path("online").path("total").asLong()).isEqualTo(46);
        });
    }

    /**
     * Residents vote one after another while the first proposals-service instance is killed a third
     * of the way; the answers are sorted, and the votes refused cleanly are cast again once it is back.
     */
    private void voteThroughAKill(List<String> voters, String itemPath) throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> refusedCleanly = new CopyOnWriteArrayList<>();
        List<String> otherAnswers = new CopyOnWriteArrayList<>();
        CountDownLatch firstVotes = new CountDownLatch(VOTERS / 3);
        CompletableFuture<Void> votes = CompletableFuture.runAsync(() -> {
            for (String voter : voters) {
                Answer answer = voting.vote(itemPath, voter);
                if (answer != null && answer.status() / 100 == 2) {
                    acknowledged.add(voter);
                } else if (answer != null && cleanRefusal(answer)) {
                    refusedCleanly.add(voter);
                } else {
                    otherAnswers.add(answer == null ? "no answer" : answer.status() + " " + answer.body());
                }
                firstVotes.countDown();
            }
        });
        assertThat(firstVotes.await(2, TimeUnit.MINUTES)).isTrue();
        int restartsBefore = platform.restarts(PROPOSALS, 0);
        long killed = Voting.kill(platform.pidFile(PROPOSALS, 0));
        votes.get(5, TimeUnit.MINUTES);
        System.out.printf("%s instance 0 (pid %d) killed during %d votes: %d acknowledged, %d refused cleanly, %d other%n",
                PROPOSALS, killed, VOTERS, acknowledged.size(), refusedCleanly.size(), otherAnswers.size());

        assertThat(otherAnswers).as("every vote acknowledged or refused cleanly").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThan(VOTERS / 3);
        await().atMost(Duration.ofMinutes(3)).until(() -> platform.restarts(PROPOSALS, 0) > restartsBefore);
        for (String voter : refusedCleanly) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Answer again = voting.vote(itemPath, voter);
                return again != null && again.status() / 100 == 2;
            });
        }
        // the restarted instance takes its share again once it is up
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            gateway.get(READS.get(PROPOSALS));
            return apiRequestsServed(PROPOSALS, 0);
        });
    }

    /** The answer a client may retry on: the service could not be reached or stopped before answering. */
    private static boolean cleanRefusal(Answer answer) {
        return (answer.status() == 503 || answer.status() == 502) && "service-unavailable".equals(answer.code())
                && answer.headers().firstValue("Retry-After").isPresent();
    }

    /** Whether this instance has answered an API request since it started, by its own metrics. */
    private boolean apiRequestsServed(String module, int index) throws Exception {
        String password = DevKeys.managementPassword(platform.settings().home().resolve("keys"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.managementUrl(module, index)
                        + "/metrics/http.server.requests"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("prometheus:" + password).getBytes(StandardCharsets.US_ASCII)))
                .GET().build();
        HttpResponse<String> response;
        try {
            response = gateway.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException down) {
            return false;
        }
        if (response.statusCode() != 200) {
            return false;
        }
        for (JsonNode tag : GatewayClient.JSON.readTree(response.body()).path("availableTags")) {
            if (tag.path("tag").asText().equals("uri")) {
                for (JsonNode uri : tag.path("values")) {
                    if (uri.asText().startsWith("/api/")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
