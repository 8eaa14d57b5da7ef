package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A citizen's own proposals, in every process, and nobody else's. */
@RealInfrastructureTest
class MyProposalsIT {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    Membership membership;

    @Test
    void aCitizenListsTheProposalsTheySubmittedNewestFirstAndNoOneElses() throws Exception {
        Api api = Api.at(port);
        String salma = TestTokens.citizen("essaouira-salma");
        String karim = TestTokens.citizen("essaouira-karim");
        String admin = TestTokens.adminOf("essaouira");
        String essaouira = open(api, "essaouira", "essaouira-2025");
        String guelmim = open(api, "guelmim", "guelmim-2025");
        submit(api, essaouira, salma, "es-port", "ميناء الصيد");
        submit(api, essaouira, karim, "es-dunes", "حماية الكثبان");
        submit(api, guelmim, salma, "gu-beach", "Plage propre");
        submit(api, essaouira, salma, "es-insult", "كلام مسيء");
        assertThat(api.post("/api/proposals/es-insult/hiding", admin, "{\"reason\":\"insulting\"}").status()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> api.get("/api/proposals/es-insult", admin).json().path("hidden").asBoolean()
                && api.get("/api/proposals/gu-beach").status() == 200);

        JsonNode mine = page(api, "/api/me/proposals", salma);
        assertThat(ids(mine)).as("newest first, in both processes").containsExactly("es-insult", "gu-beach", "es-port");
        assertThat(mine.path("next").isNull()).isTrue();
        JsonNode hidden = mine.path("items").get(0);
        assertThat(hidden.path("hidden").asBoolean()).as("their own hidden proposal, flagged").isTrue();
        assertThat(hidden.path("hiddenReason").asText()).as("and why").isEqualTo("insulting");
        assertThat(hidden.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(hidden.path("title").asText()).isEqualTo("[hidden]");
        assertThat(hidden.path("authorId").isMissingNode()).isTrue();
        assertThat(mine.path("items").get(2).path("title").asText()).isEqualTo("ميناء الصيد");
        assertThat(ids(page(api, "/api/me/proposals", karim))).containsExactly("es-dunes");
        assertThat(ids(page(api, "/api/me/proposals", TestTokens.citizen("essaouira-nobody")))).isEmpty();
    }

    @Test
    void theOwnListPagesWithItsCursor() throws Exception {
        Api api = Api.at(port);
        String nadia = TestTokens.citizen("guelmim-nadia");
        String guelmim = open(api, "guelmim", "guelmim-pages");
        submit(api, guelmim, nadia, "gp-1", "Premier");
        submit(api, guelmim, nadia, "gp-2", "Deuxième");
        submit(api, guelmim, nadia, "gp-3", "Troisième");
        await().atMost(PROJECTED).until(() -> api.get("/api/proposals/gp-3").status() == 200);

        JsonNode first = page(api, "/api/me/proposals?limit=2", nadia);
        assertThat(ids(first)).containsExactly("gp-3", "gp-2");
        assertThat(first.path("next").asText()).isEqualTo("gp-2");
        JsonNode second = page(api, "/api/me/proposals?limit=2&after=gp-2", nadia);
        assertThat(ids(second)).containsExactly("gp-1");
        assertThat(second.path("next").isNull()).isTrue();
        assertThat(ids(page(api, "/api/me/proposals?after=gp-2", TestTokens.citizen("guelmim-other"))))
                .as("a cursor of someone else's proposal reveals nothing").isEmpty();
    }

    @Test
    void onlyASignedInCitizenHasAList() {
        Api api = Api.at(port);
        Api.Response anonymous = api.get("/api/me/proposals");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/me/proposals", TestTokens.adminOf("essaouira")).status()).isEqualTo(403);
        assertThat(api.get("/api/me/proposals", TestTokens.operator()).status()).isEqualTo(403);
    }

    private String open(Api api, String collectivity, String process) throws Exception {
        NetworkEvents.admit(collectivity, membership);
        Api.Response opened = api.post("/api/processes", TestTokens.adminOf(collectivity), """
                {"id":"%s","collectivityId":"%s","title":"PAO","cycle":"2025"}""".formatted(process, collectivity));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return "/api/processes/" + process + "/proposals";
    }

    private static void submit(Api api, String proposals, String token, String id, String title) {
        Api.Response submitted = api.post(proposals, token, """
                {"id":"%s","channel":"DIGITAL_PLATFORM","title":"%s","body":"نص"}""".formatted(id, title));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
    }

    private static JsonNode page(Api api, String path, String token) {
        Api.Response answer = api.get(path, token);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(item -> item.path("id").asText()).toList();
    }
}
