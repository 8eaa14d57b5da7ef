package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static ma.remacto.local.AttackFixtures.COLLECTIVITY;
import static ma.remacto.local.AttackFixtures.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Vote stuffing, linking ballots to authors, and reading hidden or erased text: refused or unreadable.
 */
class BallotAttacksIT extends AttackSuite {

    private long onlineFor() throws Exception {
        return gateway.get("/api/consultations/" + fixtures.consultation + "/results").json()
                .path("items").path(0).path("online").path("for").asLong();
    }

    @Test
    void voteStuffingWithManyAccountsOfOneIdentity() throws Exception {
        String path = votePath();
        assertThat(gateway.put(path, fixtures.resident, "{\"choice\":\"FOR\"}").status()).isEqualTo(200);
        await().until(() -> onlineFor() == 1);
        refused("a second account binds the resident's identity card number", 409, "identifier-already-bound",
                () -> gateway.post("/api/verifications", fixtures.secondAccountOfResident,
                        "{\"collectivityId\":\"temara\",\"identifier\":\"" + AttackFixtures.RESIDENT_ID + "\"}"));
        refused("the resident's second account votes", 403, "not-a-verified-resident",
                () -> gateway.put(path, fixtures.secondAccountOfResident, "{\"choice\":\"FOR\"}"));
        assertThat(onlineFor()).isEqualTo(1);
    }

    @Test
    void voteStuffingWithUnverifiedAccounts() throws Exception {
        String path = votePath();
        long before = onlineFor();
        for (int i = 0; i < 20; i++) {
            String account = fixtures.citizen("citizen-unverified-" + i);
            refused("unverified account " + i + " votes", 403, "not-a-verified-resident",
                    () -> gateway.put(path, account, "{\"choice\":\"AGAINST\"}"));
        }
        String elsewhere = gateway.token(Map.of("sub", "citizen-of-tamazgana", "roles", List.of("CITIZEN"),
                "residence", "tamazgana"));
        refused("a resident of another collectivity votes", 403, "not-a-verified-resident",
                () -> gateway.put(path, elsewhere, "{\"choice\":\"AGAINST\"}"));
        assertThat(onlineFor()).isEqualTo(before);
    }

    @Test
    void aBallotCannotBeLinkedToItsAuthor() throws Exception {
        String path = votePath();
        assertThat(gateway.put(path, fixtures.resident, "{\"choice\":\"FOR\"}").status()).isEqualTo(200);
        JsonNode receipt = gateway.get("/api/me/ballots", fixtures.resident).json();
        String ballot = receipt.findValuesAsText("ballotId").get(0);
        await().until(() -> audit("type=ma.remacto.participation.VoteCast.v1").toString().contains(ballot));

        JsonNode submitted = await().until(this::residentsSubmission, entry -> entry != null);
        String author = submitted.path("actor").asText();
        String trail = audit("collectivity=" + COLLECTIVITY).toString();
        answers.add("linking a ballot to its author: audit shows author " + author + ", ballot " + ballot
                + "; the token subject appears " + (trail.contains("citizen-resident") ? "SOMEWHERE" : "nowhere"));
        assertThat(author).startsWith("p-").isNotEqualTo(ballot);
        assertThat(submitted.path("data").path("authorId").asText()).isEqualTo(author);
        assertThat(trail).doesNotContain("citizen-resident");
        assertThat(ballot).doesNotContain(author.substring(2));
        assertThat(gateway.get("/api/me/ballots", fixtures.secondAccountOfResident).json().findValuesAsText("ballotId"))
                .as("nobody else sees the resident's ballots").doesNotContain(ballot);
    }

    /** The audit entry of the resident's own proposal (proposals are entities of their process). */
    private JsonNode residentsSubmission() throws Exception {
        for (JsonNode entry : audit("collectivity=" + COLLECTIVITY + "&type=ma.remacto.participation.ProposalSubmitted.v2")
                .path("items")) {
            if (entry.path("data").path("proposalId").asText().equals(fixtures.visibleProposal)) {
                return entry;
            }
        }
        return null;
    }

    private JsonNode audit(String query) throws Exception {
        return gateway.get("/api/audit?limit=500&" + query).json();
    }


    @Test
    void hiddenAndErasedTextIsInNoPublicRead() throws Exception {
        await().untilAsserted(() -> {
            String trail = audit("collectivity=" + COLLECTIVITY).toString();
            assertThat(trail).contains(fixtures.hiddenProposal).contains(fixtures.erasedProposal)
                    .contains("[hidden]").contains("[erased]");
        });
        List<String> reads = new ArrayList<>(List.of(
                "/api/proposals/" + fixtures.hiddenProposal, "/api/proposals/" + fixtures.erasedProposal,
                "/api/processes/" + PROCESS + "/proposals?limit=200", "/api/audit?limit=500&collectivity=temara",
                "/api/exports/proposals.csv", "/api/exports/proposals.json"));
        for (String read : reads) {
            String body = gateway.get(read).body();
            answers.add("hidden and erased text in GET " + read + " -> "
                    + (body.contains(AttackFixtures.HIDDEN_TITLE) || body.contains(AttackFixtures.ERASED_TITLE) ? "FOUND" : "absent"));
            assertThat(body).as(read).doesNotContain(AttackFixtures.HIDDEN_TITLE).doesNotContain(AttackFixtures.ERASED_TITLE)
                    .doesNotContain("hay " + AttackFixtures.HIDDEN_TITLE);
        }
        assertThat(gateway.get("/api/proposals/" + fixtures.erasedProposal).json().path("title").asText()).isEqualTo("[erased]");
        assertThat(gateway.get("/api/proposals/" + fixtures.visibleProposal).json().path("title").asText())
                .isEqualTo(AttackFixtures.VISIBLE_TITLE);
        String streamed = streamUntil(fixtures.erasedProposal);
        assertThat(streamed).contains(fixtures.hiddenProposal)
                .doesNotContain(AttackFixtures.HIDDEN_TITLE).doesNotContain(AttackFixtures.ERASED_TITLE);
    }

    /** The analysts' stream replayed from its start, up to the first event that names the proposal. */
    private String streamUntil(String proposal) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.base()
                        + "/api/streams/events?after=0&collectivity=temara&types=ma.remacto.participation.*"))
                .header("Authorization", "Bearer " + fixtures.analyst).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = gateway.http().send(request, HttpResponse.BodyHandlers.ofLines());
        StringBuilder seen = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            lines.takeWhile(line -> !seen.toString().contains(proposal) || !line.isEmpty())
                    .forEach(line -> seen.append(line).append('\n'));
        }
        return seen.toString();
    }
}
