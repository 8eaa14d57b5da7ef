package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A collectivity's co-creation through the HTTP API: stations, attendance, proposals, review, and who may act. */
@RealInfrastructureTest
class CoCreationIT {

    private static final String ADMIN = TestTokens.adminOf("sale");
    private static final String OTHER_ADMIN = TestTokens.adminOf("tamazgana");
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    private Api api;
    @BeforeEach
    void saleIsAMemberInGoodStanding() throws Exception {
        api = Api.at(port);
        NetworkEvents.admit("sale", membership);
    }

    @Test
    void aProcessPlansStationsCountsWhoCameAndReviewsProposals() {
        String process = open("sale-stations");
        assertThat(jdbc.sql("SELECT collectivity_id FROM directory WHERE kind = 'PROCESS' AND id = 'sale-stations'")
                .query(String.class).single()).as("routed at once, in the command's transaction").isEqualTo("sale");
        String stations = process + "/stations";
        status(201, api.post(stations, ADMIN, """
                {"id":"launch","kind":"CO_CREATION_WORKSHOP","title":"ورشة الإطلاق الرسمي","startsOn":"2024-04-25",
                 "place":"مقر الجماعة","agenda":[{"startsAt":"10:30","endsAt":"10:45","title":"الاستقبال"},
                 {"startsAt":"10:45","endsAt":"13:30","title":"ورشات تجميع الأفكار"}]}"""));
        status(201, api.post(stations, ADMIN, """
                {"id":"neighbourhoods","kind":"NEIGHBOURHOOD_WORKSHOPS","title":"ورشات الانفتاح في الأحياء",
                 "startsOn":"2024-05-13","endsOn":"2024-05-20"}"""));
        status(201, api.post(stations, ADMIN,
                "{\"id\":\"equality\",\"kind\":\"EQUALITY_BODY_MEETING\",\"title\":\"اجتماع هيئة المساواة\",\"startsOn\":\"2024-05-28\"}"));
        status(201, api.post(stations, ADMIN, """
                {"id":"digital","kind":"DIGITAL_CALL_FOR_IDEAS","title":"Appel à idées en ligne","startsOn":"2024-04-30"}"""));
        status(201, api.post(stations, ADMIN,
                "{\"id\":\"info\",\"kind\":\"INFO_MEETING\",\"title\":\"Réunion d'information\",\"startsOn\":\"2024-04-20\"}"));
        rule(400, "station-ends-before-start", api.post(stations, ADMIN, """
                {"kind":"INFO_MEETING","title":"x","startsOn":"2024-04-20","endsOn":"2024-04-19"}"""));

        status(200, api.post(stations + "/launch/held", ADMIN, "{}"));
        status(200, api.post(stations + "/info/cancellation", ADMIN, "{\"reason\":\"salle indisponible\"}"));
        rule(409, "station-not-planned", api.post(stations + "/info/held", ADMIN, "{}"));
        rule(409, "station-not-held", api.post(stations + "/neighbourhoods/attendance", ADMIN, "{\"women\":20,\"men\":40}"));
        rule(409, "station-not-held", api.post(process + "/proposals", ADMIN,
                "{\"channel\":\"IN_PERSON\",\"stationId\":\"neighbourhoods\",\"title\":\"x\",\"body\":\"y\"}"));
        Http http = new Http(port);
        assertThat(http.put(stations + "/neighbourhoods", ADMIN, """
                {"kind":"NEIGHBOURHOOD_WORKSHOPS","title":"ورشات الانفتاح في الأحياء","startsOn":"2024-05-13",
                 "endsOn":"2024-05-21","place":"الأحياء","reason":"يوم إضافي"}""").status()).isEqualTo(200);
        status(200, api.post(stations + "/neighbourhoods/held", ADMIN, "{}"));
        Http.Answer late = http.put(stations + "/neighbourhoods", ADMIN,
                "{\"kind\":\"NEIGHBOURHOOD_WORKSHOPS\",\"title\":\"x\",\"startsOn\":\"2024-05-13\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("code").asText()).isEqualTo("station-not-planned");
        status(200, api.post(stations + "/digital/held", ADMIN, "{}"));
        rule(400, "not-an-in-person-station", api.post(process + "/proposals", ADMIN,
                "{\"channel\":\"IN_PERSON\",\"stationId\":\"digital\",\"title\":\"x\",\"body\":\"y\"}"));
        status(200, api.post(stations + "/launch/attendance", ADMIN, "{\"women\":20,\"men\":40}"));
        status(200, api.post(stations + "/launch/attendance", ADMIN, """
                {"women":29,"men":44,"byCategory":{"CIVIL_SOCIETY_ASSOCIATIONS":12},"proposalsCollected":40}"""));
        status(200, api.post(stations + "/neighbourhoods/attendance", ADMIN,
                "{\"women\":77,\"men\":119,\"proposalsCollected\":60}"));
        rule(409, "station-cancelled", api.post(stations + "/info/attendance", ADMIN, "{\"women\":1,\"men\":1}"));
        status(200, api.post(process + "/proposal-figures", ADMIN,
                "{\"stationIds\":[\"neighbourhoods\",\"launch\"],\"proposals\":90,\"approximate\":true}"));
        status(200, api.post(process + "/proposal-figures", ADMIN,
                "{\"stationIds\":[\"launch\",\"neighbourhoods\"],\"proposals\":100,\"approximate\":true,\"reason\":\"حوالي 100\"}"));
        rule(409, "station-not-held", api.post(process + "/proposal-figures", ADMIN,
                "{\"stationIds\":[\"equality\"],\"proposals\":5}"));

        String amina = TestTokens.citizen("sale-citizen-amina");
        String yassine = TestTokens.citizen("sale-citizen-yassine");
        String proposals = process + "/proposals";
        status(201, api.post(proposals, amina, """
                {"id":"sale-trees","channel":"DIGITAL_PLATFORM","stationId":"digital","title":"ⵜⵉⵙⴳⵔⴰⵡⵉⵏ — تشجير الأحياء",
                 "body":"غرس الأشجار في كل الأحياء ⵜⴰⵎⴰⵣⵉⵖⵜ","authorGender":"WOMAN"}"""));
        status(201, api.post(proposals, ADMIN, """
                {"id":"sale-lighting","channel":"IN_PERSON","stationId":"launch","title":"Éclairage public",
                 "body":"Renouveler l'éclairage","neighbourhood":"Hay Salam","suggestedAxis":"1"}"""));
        status(201, api.post(proposals, ADMIN, """
                {"id":"sale-lamps","channel":"IN_PERSON","stationId":"neighbourhoods","title":"Lampadaires",
                 "body":"Plus de lampadaires"}"""));
        String equalityProposal = """
                {"id":"sale-equality","channel":"EQUALITY_BODY","stationId":"%s","title":"مرافق للنساء",
                 "body":"فضاءات آمنة"}""";
        rule(409, "station-not-held", api.post(proposals, ADMIN, equalityProposal.formatted("equality")));
        rule(409, "not-an-equality-body-meeting", api.post(proposals, ADMIN, equalityProposal.formatted("launch")));
        status(200, api.post(stations + "/equality/held", ADMIN, "{}"));
        status(201, api.post(proposals, ADMIN, equalityProposal.formatted("equality")));
        status(201, api.post(proposals, yassine,
                "{\"id\":\"sale-bench\",\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"Bancs\",\"body\":\"Des bancs\"}"));
        status(403, api.post(proposals, ADMIN,
                "{\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"x\",\"body\":\"y\"}"));
        rule(409, "station-cancelled", api.post(proposals, ADMIN,
                "{\"channel\":\"IN_PERSON\",\"stationId\":\"info\",\"title\":\"x\",\"body\":\"y\"}"));

        status(200, api.post("/api/proposals/sale-trees/review", ADMIN, "{\"decision\":\"UNDER_STUDY\"}"));
        status(200, api.post("/api/proposals/sale-trees/review", ADMIN, "{\"decision\":\"RETAINED\"}"));
        rule(409, "proposal-decided", api.post("/api/proposals/sale-trees/review", ADMIN,
                "{\"decision\":\"NOT_RETAINED\",\"reason\":\"second thoughts\"}"));
        status(200, api.post("/api/proposals/sale-lamps/review", ADMIN,
                "{\"decision\":\"MERGED\",\"reason\":\"même demande\",\"mergedInto\":\"sale-lighting\"}"));
        status(403, api.post("/api/proposals/sale-trees/withdrawal", yassine, "{}"));
        rule(409, "proposal-decided", api.post("/api/proposals/sale-trees/withdrawal", amina, "{}"));
        status(200, api.post("/api/proposals/sale-bench/withdrawal", yassine, "{}"));
        rule(409, "merge-target-withdrawn", api.post("/api/proposals/sale-equality/review", ADMIN,
                "{\"decision\":\"MERGED\",\"reason\":\"same\",\"mergedInto\":\"sale-bench\"}"));
        status(200, api.post("/api/proposals/sale-equality/hiding", ADMIN, "{\"reason\":\"entered twice\"}"));

        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode view = api.get(process).json();
            assertThat(view.path("stations").findValuesAsText("id"))
                    .containsExactly("info", "launch", "digital", "neighbourhoods", "equality");
            JsonNode launch = view.path("stations").get(1);
            assertThat(launch.path("status").asText()).isEqualTo("HELD");
            assertThat(launch.path("attendance").path("women").asInt()).isEqualTo(29);
            assertThat(launch.path("attendance").path("men").asInt()).isEqualTo(44);
            assertThat(launch.path("attendance").path("total").asInt()).isEqualTo(73);
            assertThat(launch.path("attendance").path("byCategory").path("CIVIL_SOCIETY_ASSOCIATIONS").asInt()).isEqualTo(12);
            assertThat(launch.path("attendance").path("proposalsCollected").asInt()).isEqualTo(40);
            assertThat(launch.path("agenda").findValuesAsText("startsAt")).containsExactly("10:30", "10:45");
            assertThat(view.path("stations").get(0).path("status").asText()).isEqualTo("CANCELLED");
            assertThat(view.path("stations").get(0).path("statusReason").asText()).isEqualTo("salle indisponible");
            assertThat(view.path("stations").get(0).path("attendance").isNull()).isTrue();
            assertThat(view.path("stations").get(3).path("endsOn").asText()).as("edited while planned").isEqualTo("2024-05-21");
            assertThat(view.path("stations").get(3).path("place").asText()).isEqualTo("الأحياء");
            assertThat(view.path("stations").get(2).path("endsOn").isNull()).as("the call's end is unknown").isTrue();
            assertThat(view.path("stations").get(4).path("endsOn").isNull()).isTrue();
            JsonNode figures = view.path("proposalFigures");
            assertThat(figures).as("a later figure for the same stations replaced the earlier").hasSize(1);
            assertThat(figures.get(0).path("stationIds").toString()).isEqualTo("[\"launch\",\"neighbourhoods\"]");
            assertThat(figures.get(0).path("proposals").asInt()).isEqualTo(100);
            assertThat(figures.get(0).path("approximate").asBoolean()).isTrue();
            assertThat(view.path("stations").get(3).path("attendance").path("total").asInt()).isEqualTo(196);
        });
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode list = api.get(proposals).json();
            assertThat(list.path("items").findValuesAsText("id"))
                    .containsExactly("sale-trees", "sale-lighting", "sale-lamps", "sale-bench");
            assertThat(list.path("items").findValuesAsText("status"))
                    .containsExactly("RETAINED", "RECEIVED", "MERGED", "WITHDRAWN");
            JsonNode hidden = api.get("/api/proposals/sale-equality", ADMIN).json();
            assertThat(hidden.path("hidden").asBoolean()).isTrue();
            assertThat(hidden.path("title").asText()).as("hiding destroyed the text's key").isEqualTo("[hidden]");
            assertThat(hidden.path("body").asText()).isEqualTo("[hidden]");
        });
        assertThat(api.get("/api/proposals/sale-equality").status()).isEqualTo(404);
        assertThat(api.get(proposals, ADMIN).json().path("items").findValuesAsText("id")).contains("sale-equality");
        assertThat(api.get(proposals + "?channel=EQUALITY_BODY", ADMIN).json().path("items").findValuesAsText("id"))
                .as("the equality body's own channel").containsExactly("sale-equality");
        JsonNode lamps = api.get("/api/proposals/sale-lamps").json();
        assertThat(lamps.path("mergedInto").asText()).isEqualTo("sale-lighting");
        assertThat(lamps.path("reviewReason").asText()).isEqualTo("même demande");
        JsonNode trees = api.get("/api/proposals/sale-trees").json();
        assertThat(trees.path("title").asText()).isEqualTo("ⵜⵉⵙⴳⵔⴰⵡⵉⵏ — تشجير الأحياء");
        assertThat(trees.path("channel").asText()).isEqualTo("DIGITAL_PLATFORM");
        assertThat(trees.has("authorId")).isFalse();
        assertThat(api.get(proposals + "?status=MERGED").json().path("items").findValuesAsText("id"))
                .containsExactly("sale-lamps");
        assertThat(api.get(proposals + "?channel=IN_PERSON&limit=1").json().path("next").asText()).isEqualTo("sale-lighting");

        status(200, api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-01\"}"));
        rule(409, "phase-not-forward", api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-02\"}"));
        rule(409, "not-collecting-ideas", api.post(proposals, amina,
                "{\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"trop tard\",\"body\":\"x\"}"));
        await().atMost(PROJECTED).untilAsserted(() ->
                assertThat(api.get(process).json().path("phase").asText()).isEqualTo("CONSULTATION"));
        JsonNode listed = api.get("/api/processes?collectivityId=sale").json().path("items");
        assertThat(listed.findValuesAsText("id")).contains("sale-stations");
        assertThat(listed.get(0).has("stations")).as("stations show on a process's own page only").isFalse();
    }

    @Test
    void anAdminOfAnotherCollectivityChangesNothing() {
        String process = open("sale-guarded");
        status(201, api.post(process + "/stations", ADMIN,
                "{\"id\":\"s1\",\"kind\":\"CO_CREATION_WORKSHOP\",\"title\":\"Atelier\",\"startsOn\":\"2024-04-25\"}"));
        status(201, api.post(process + "/proposals", ADMIN,
                "{\"id\":\"sale-g-1\",\"channel\":\"IN_PERSON\",\"title\":\"t\",\"body\":\"b\"}"));
        status(200, api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-01\"}"));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-g-draft", "sale-g-1", Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600))));

        long before = storedEvents();
        List<Api.Response> refused = List.of(
                api.post(process + "/stations", OTHER_ADMIN,
                        "{\"kind\":\"INFO_MEETING\",\"title\":\"x\",\"startsOn\":\"2024-04-25\"}"),
                api.post(process + "/stations/s1/held", OTHER_ADMIN, "{}"),
                api.post(process + "/stations/s1/cancellation", OTHER_ADMIN, "{\"reason\":\"x\"}"),
                api.post(process + "/stations/s1/attendance", OTHER_ADMIN, "{\"women\":1,\"men\":1}"),
                api.post(process + "/proposal-figures", OTHER_ADMIN, "{\"stationIds\":[\"s1\"],\"proposals\":1}"),
                api.post(process + "/proposals", OTHER_ADMIN, "{\"channel\":\"IN_PERSON\",\"title\":\"t\",\"body\":\"b\"}"),
                api.post("/api/proposals/sale-g-1/review", OTHER_ADMIN, "{\"decision\":\"RETAINED\"}"),
                api.post("/api/proposals/sale-g-1/hiding", OTHER_ADMIN, "{\"reason\":\"x\"}"),
                api.post(process + "/phase", OTHER_ADMIN, "{\"phase\":\"CLOSED\",\"on\":\"2024-10-01\"}"),
                api.post(process + "/consultations", OTHER_ADMIN,
                        consultation("sale-g-other", "sale-g-1", Instant.now(), Instant.now().plusSeconds(60))),
                api.post("/api/consultations/sale-g-draft/in-person-tallies", OTHER_ADMIN,
                        "{\"stationId\":\"s1\",\"items\":[{\"itemId\":\"1\",\"for\":1,\"against\":0}]}"),
                api.post("/api/consultations/sale-g-draft/in-person-tallies", TestTokens.citizen("sale-citizen-x"),
                        "{\"stationId\":\"s1\",\"items\":[{\"itemId\":\"1\",\"for\":1,\"against\":0}]}"));
        for (Api.Response response : refused) {
            rule(403, "forbidden", response);
        }
        assertThat(storedEvents()).isEqualTo(before);

        status(200, api.post(process + "/stations/s1/held", TestTokens.operator(), "{}"));
        assertThat(storedEvents()).as("an operator acts for every collectivity").isEqualTo(before + 1);
    }

    private String open(String processId) {
        status(201, api.post("/api/processes", ADMIN, """
                {"id":"%s","collectivityId":"sale","title":"برنامج عمل الانفتاح","cycle":"2025-2026"}""".formatted(processId)));
        return "/api/processes/" + processId;
    }

    /** A consultation on the proposal (when given) and one draft project of Salé's program. */
    private static String consultation(String id, String proposalId, Instant opensAt, Instant closesAt) {
        String proposal = proposalId == null ? "" : "{\"ref\":\"" + proposalId + "\",\"title\":\"Éclairage public\"},";
        return """
                {"id":"%s","title":"الاستشارة حول مشروع البرنامج","items":[%s{"ref":"sale-2025-2026#3","title":"Signalisation"}],
                 "opensAt":"%s","closesAt":"%s"}""".formatted(id, proposal, opensAt, closesAt);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }



    private static void status(int expected, Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(expected);
    }

    private static void rule(int expected, String code, Api.Response response) {
        status(expected, response);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).as(response.raw()).isEqualTo(code);
    }
}
