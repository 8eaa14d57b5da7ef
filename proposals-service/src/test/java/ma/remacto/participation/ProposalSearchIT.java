package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process's proposals searched by their text, neighbourhood and axis: the text is sealed in the
 * database, so the search reads it opened, and pages by its own matches.
 */
@RealInfrastructureTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalSearchIT {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final String ADMIN = TestTokens.adminOf("taroudant");
    private static final String AMINA = TestTokens.citizen("taroudant-amina");
    private static final String YASSINE = TestTokens.citizen("taroudant-yassine");

    @LocalServerPort
    int port;
    @Autowired
    Membership membership;

    private Api api;
    private String proposals;

    /** Five proposals, in this order; the first is retained, the others received. */
    @BeforeAll
    void taroudantCollectedIdeas() {
        api = Api.at(port);
        proposals = open("taroudant", "taroudant-2025") + "/proposals";
        submit(proposals, AMINA, """
                {"id":"tr-water","channel":"DIGITAL_PLATFORM","title":"تزويد حي السلام بالماء الصالح للشرب",
                 "body":"ربط المنازل بشبكة الماء","neighbourhood":"حي السلام","suggestedAxis":"البنية التحتية"}""");
        submit(proposals, YASSINE, """
                {"id":"tr-school","channel":"DIGITAL_PLATFORM","title":"ترميم المدرسة الابتدائية",
                 "body":"إصلاح الأقسام والمرافق الصحية","neighbourhood":"Hay Salam","suggestedAxis":"Éducation"}""");
        submit(proposals, AMINA, """
                {"id":"tr-lights","channel":"DIGITAL_PLATFORM","title":"Éclairage public",
                 "body":"Renouveler les lampadaires","neighbourhood":"Douar Lmers","suggestedAxis":"البنية التحتية"}""");
        submit(proposals, YASSINE, """
                {"id":"tr-park","channel":"DIGITAL_PLATFORM","title":"حديقة للأطفال","body":"مساحة خضراء مع نافورة ماء",
                 "neighbourhood":"حي السلام","suggestedAxis":"الفضاءات الخضراء"}""");
        submit(proposals, AMINA, """
                {"id":"tr-market","channel":"DIGITAL_PLATFORM","title":"سوق أسبوعي منظم","body":"تنظيم السوق قرب حي السلام"}""");
        assertThat(api.post("/api/proposals/tr-water/review", ADMIN, "{\"decision\":\"RETAINED\"}").status()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> ids(proposals, null, "status=RETAINED").equals(List.of("tr-water"))
                && ids(proposals, null).size() == 5);
    }

    @Test
    void aSearchFindsArabicWordsInTitleBodyOrNeighbourhoodWhateverTheirShortVowels() {
        assertThat(ids(proposals, null, q("مَاءٍ"))).as("with short vowels, in the title or the body")
                .containsExactly("tr-water", "tr-park");
        assertThat(ids(proposals, null, q("السلام"))).as("in the neighbourhood, the title or the body")
                .containsExactly("tr-water", "tr-park", "tr-market");
        assertThat(ids(proposals, null, q("المدرسه"))).as("teh marbuta written as heh").containsExactly("tr-school");
        assertThat(ids(proposals, null, q("مستشفى"))).isEmpty();
    }

    @Test
    void aSearchIgnoresCaseAndFrenchAccents() {
        assertThat(ids(proposals, null, q("ECLAIRAGE"))).containsExactly("tr-lights");
        assertThat(ids(proposals, null, q("  lampadaires "))).containsExactly("tr-lights");
    }

    @Test
    void theNeighbourhoodFilterLooksInTheNeighbourhoodOnly() {
        assertThat(ids(proposals, null, param("neighbourhood", "السلام"))).as("not tr-market, which names it in its body")
                .containsExactly("tr-water", "tr-park");
        assertThat(ids(proposals, null, param("neighbourhood", "hay sal"))).containsExactly("tr-school");
    }

    @Test
    void theAxisFilterMatchesTheWholeAxisWhateverItsCase() {
        assertThat(ids(proposals, null, param("axis", "البنية التحتية"))).containsExactly("tr-water", "tr-lights");
        assertThat(ids(proposals, null, param("axis", " éDUCATION "))).containsExactly("tr-school");
        assertThat(ids(proposals, null, param("axis", "البنية"))).as("part of an axis").isEmpty();
    }

    @Test
    void filtersCombineWithTheStatus() {
        assertThat(ids(proposals, null, q("ماء"), "status=RETAINED")).containsExactly("tr-water");
        assertThat(ids(proposals, null, q("ماء"), "status=RECEIVED")).containsExactly("tr-park");
        assertThat(ids(proposals, null, param("axis", "البنية التحتية"), "status=RECEIVED")).containsExactly("tr-lights");
        assertThat(ids(proposals, null, q("السلام"), param("neighbourhood", "حي"), "channel=DIGITAL_PLATFORM"))
                .containsExactly("tr-water", "tr-park");
    }

    @Test
    void aFilteredListPagesByItsOwnMatches() {
        JsonNode first = page(proposals, null, q("السلام"), "limit=1");
        assertThat(ids(first)).containsExactly("tr-water");
        assertThat(first.path("next").asText()).isEqualTo("tr-water");
        JsonNode second = page(proposals, null, q("السلام"), "limit=1", "after=tr-water");
        assertThat(ids(second)).as("tr-school and tr-lights, between, match nothing").containsExactly("tr-park");
        assertThat(second.path("next").asText()).isEqualTo("tr-park");
        JsonNode last = page(proposals, null, q("السلام"), "limit=1", "after=tr-park");
        assertThat(ids(last)).containsExactly("tr-market");
        assertThat(last.path("next").isNull()).as("no match after tr-market").isTrue();
        assertThat(page(proposals, null, q("السلام"), "limit=3").path("next").isNull()).isTrue();
        assertThat(page(proposals, null, q("السلام"), "limit=2").path("next").asText()).isEqualTo("tr-park");
    }

    @Test
    void aSearchReadsOnPastTheRowsItOpensAtATime() {
        String crowded = open("taroudant", "taroudant-crowded") + "/proposals";
        for (int i = 0; i < 203; i++) {
            String title = i == 0 || i == 202 ? "نافورة الساحة " + i : "اقتراح رقم " + i;
            submit(crowded, AMINA, """
                    {"id":"tc-%03d","channel":"DIGITAL_PLATFORM","title":"%s","body":"نص"}""".formatted(i, title));
        }
        await().atMost(PROJECTED).until(() -> page(crowded, null, "after=tc-199").path("items").size() == 3);
        assertThat(ids(crowded, null, q("نافورة"))).containsExactly("tc-000", "tc-202");
        JsonNode second = page(crowded, null, q("نافورة"), "limit=1", "after=tc-000");
        assertThat(ids(second)).as("200 rows without a match, then one").containsExactly("tc-202");
        assertThat(second.path("next").isNull()).isTrue();
    }

    @Test
    void hiddenOrErasedTextIsFoundByNoSearchOnWhatItSaid() {
        String tata = open("tata", "tata-2025") + "/proposals";
        String admin = TestTokens.adminOf("tata");
        String eraser = TestTokens.citizen("tata-eraser");
        submit(tata, TestTokens.citizen("tata-insulter"), """
                {"id":"ta-insult","channel":"DIGITAL_PLATFORM","title":"شتيمة الجار","body":"كلام مسيء",
                 "neighbourhood":"حي القصبة"}""");
        submit(tata, eraser, """
                {"id":"ta-well","channel":"DIGITAL_PLATFORM","title":"بئر مهجورة","body":"إصلاح البئر",
                 "neighbourhood":"حي الواحة"}""");
        await().atMost(PROJECTED).until(() -> ids(tata, null).size() == 2);
        assertThat(ids(tata, null, q("شتيمة"))).as("readable until hidden").containsExactly("ta-insult");
        assertThat(ids(tata, null, param("neighbourhood", "الواحة"))).as("readable until erased").containsExactly("ta-well");

        assertThat(api.post("/api/proposals/ta-insult/hiding", admin, "{\"reason\":\"insults a neighbour\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/me/erasure", eraser, "{}").status()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> ids(tata, null).equals(List.of("ta-well")));

        assertThat(ids(tata, admin)).as("the moderator still lists both").containsExactly("ta-insult", "ta-well");
        for (String token : new String[] {null, admin}) {
            assertThat(ids(tata, token, q("شتيمة"))).isEmpty();
            assertThat(ids(tata, token, param("neighbourhood", "القصبة"))).isEmpty();
            assertThat(ids(tata, token, q("مهجورة"))).isEmpty();
            assertThat(ids(tata, token, param("neighbourhood", "الواحة"))).isEmpty();
            assertThat(ids(tata, token, q("erased"))).as("the mark is no text").isEmpty();
        }
        assertThat(ids(tata, admin, q("hidden"))).isEmpty();
    }

    @Test
    void aSearchOfMoreThan200CharactersIsRefused() {
        for (String parameter : List.of("q", "neighbourhood", "axis")) {
            Api.Response refused = api.get(proposals + "?" + param(parameter, "ب".repeat(201)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asText()).isEqualTo("search-too-long");
        }
        assertThat(api.get(proposals + "?" + q("ب".repeat(200))).status()).isEqualTo(200);
    }

    private String open(String collectivity, String process) {
        try {
            NetworkEvents.admit(collectivity, membership);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Api.Response opened = api.post("/api/processes", TestTokens.adminOf(collectivity), """
                {"id":"%s","collectivityId":"%s","title":"PAO","cycle":"2025"}""".formatted(process, collectivity));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return "/api/processes/" + process;
    }

    private void submit(String path, String token, String proposal) {
        Api.Response submitted = api.post(path, token, proposal);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
    }

    private JsonNode page(String path, String token, String... parameters) {
        List<String> query = new ArrayList<>(List.of(parameters));
        Api.Response answer = api.get(path + (query.isEmpty() ? "" : "?" + String.join("&", query)), token);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.json();
    }

    private List<String> ids(String path, String token, String... parameters) {
        return ids(page(path, token, parameters));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(item -> item.path("id").asText()).toList();
    }

    private static String q(String text) {
        return param("q", text);
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
