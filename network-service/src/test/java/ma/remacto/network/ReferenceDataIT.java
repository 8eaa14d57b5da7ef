package ma.remacto.network;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static ma.remacto.network.Put.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The seeds' concepts as reference data, with their sources, and what members record against them. */
@RealInfrastructureTest
class ReferenceDataIT {

    @LocalServerPort
    int port;

    @Test
    void theSupportProgramHasItsFourAxesInArabicAndFrenchWithItsSource() {
        JsonNode program = Api.at(port).get("/api/network/support-program").json();
        assertThat(program.path("name").path("ar").asText()).isEqualTo("برنامج دعم الجماعات الترابية المنفتحة");
        assertThat(program.path("launched").asText()).isEqualTo("end of 2022");
        assertThat(program.path("axes")).hasSize(4);
        assertThat(program.path("axes").path(2).path("axis").asText()).isEqualTo("CAPACITY");
        assertThat(program.path("axes").path(2).path("title").path("ar").asText())
                .isEqualTo("تقوية قدرات الجماعات الترابية والمجتمع المدني المحلي حول مبادئ الانفتاح");
        assertThat(program.path("axes").path(2).path("title").path("fr").asText()).startsWith("Renforcer les capacités");
        assertThat(program.path("source").path("document").asText()).contains("تمزكانة");
    }

    @Test
    void anActivityIsTaggedWithAnAxisWhenRecordedAndLater() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        assertThat(api.post("/api/network/activities", operator, """
                {"id":"axis-training","kind":"TRAINING","title":"منهجية الإعداد المشترك","heldOn":"2025-02-11",
                 "axis":"CO_CREATION"}""").status()).isEqualTo(201);
        assertThat(api.post("/api/network/activities", operator, """
                {"id":"axis-untagged","kind":"MEETING","title":"لقاء","heldOn":"2025-02-12"}""").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api.get("/api/network/activities/axis-training").json().path("axis").asText())
                    .isEqualTo("CO_CREATION");
            assertThat(api.get("/api/network/activities/axis-untagged").json().path("axis").isNull()).isTrue();
        });

        assertThat(put(port, "/api/network/activities/axis-untagged/axis", operator, """
                {"axis":"CAPACITY","reason":"a capacity-building meeting"}""").status()).isEqualTo(200);
        assertThat(put(port, "/api/network/activities/axis-untagged/axis", operator, """
                {"axis":"ELSEWHERE"}""").status()).isEqualTo(400);
        assertThat(put(port, "/api/network/activities/axis-untagged/axis", TestTokens.adminOf("temara"), """
                {"axis":"CAPACITY"}""").status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/network/activities/axis-untagged").json().path("axis").asText()).isEqualTo("CAPACITY"));
    }

    @Test
    void theCharterHasItsValuesAndFiveCommitmentsAndEachMemberItsFollowUps() {
        Api api = Api.at(port);
        JsonNode charter = api.get("/api/network/charter").json();
        assertThat(charter.path("values")).hasSize(2);
        assertThat(charter.path("commitments")).hasSize(5);
        assertThat(charter.path("commitments").path(4).path("commitment").asText()).isEqualTo("RADIANCE");
        assertThat(charter.path("commitments").path(4).path("text").path("ar").asText())
                .isEqualTo("المساهمة في إشعاع الجماعات الترابية المغربية على المستوى الوطني والقاري والدولي");
        assertThat(charter.path("source").path("url").asText())
                .isEqualTo("https://ctouvertes.collectivites-territoriales.gov.ma/");

        String operator = TestTokens.operator();
        String admin = TestTokens.adminOf("charter-member");
        assertThat(api.post("/api/collectivities", operator, """
                {"id":"charter-member","kind":"COMMUNE","nameAr":"جماعة الميثاق","nameFr":"Commune de la charte","appliedOn":"2024-11-01"}""")
                .status()).isEqualTo(201);
        Api.Response applicant = api.post("/api/collectivities/charter-member/charter/follow-ups", admin, """
                {"commitment":"OPEN_PROGRAMS","evidence":"x","on":"2025-03-18"}""");
        assertThat(applicant.status()).isEqualTo(409);
        assertThat(api.post("/api/collectivities/charter-member/admission", operator, """
                {"decision":"ADMITTED","decidedOn":"2024-12-01","reason":"test"}""").status()).isEqualTo(200);

        Api.Response followed = api.post("/api/collectivities/charter-member/charter/follow-ups", admin, """
                {"commitment":"OPEN_PROGRAMS","evidence":"co-creation workshop with civil society","on":"2025-03-18"}""");
        assertThat(followed.status()).isEqualTo(201);
        assertThat(api.post("/api/collectivities/charter-member/charter/follow-ups", TestTokens.adminOf("temara"), """
                {"commitment":"NORMS","evidence":"x"}""").status()).isEqualTo(403);
        Api.Response early = api.post("/api/collectivities/charter-member/charter/follow-ups", operator, """
                {"commitment":"NORMS","evidence":"x","on":"2022-01-01"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("detail").asText()).startsWith("on:");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode followUps = api.get("/api/collectivities/charter-member/charter/follow-ups").json();
            assertThat(followUps.path("commitments")).hasSize(5);
            JsonNode programs = followUps.path("commitments").path(1);
            assertThat(programs.path("commitment").asText()).isEqualTo("OPEN_PROGRAMS");
            assertThat(programs.path("number").asInt()).isEqualTo(2);
            assertThat(programs.path("followUps").path(0).path("evidence").asText())
                    .isEqualTo("co-creation workshop with civil society");
            assertThat(programs.path("followUps").path(0).path("on").asText()).isEqualTo("2025-03-18");
            assertThat(followUps.path("commitments").path(0).path("followUps")).isEmpty();
        });
        assertThat(api.get("/api/collectivities/nowhere-charter/charter/follow-ups").status()).isEqualTo(404);
    }

    @Test
    void theDocumentedTotalsStandBesideThePlatformsOwnCountWithTheirCoverage() {
        Api api = Api.at(port);
        JsonNode figures = api.get("/api/network/figures?asOf=2025-03-31").json();
        JsonNode first = figures.path("documented").path(0);
        assertThat(first.path("reported").asText()).isEqualTo("2024");
        assertThat(first.path("members").path("total").asLong()).isEqualTo(126);
        assertThat(first.path("members").path("prefecturesOrProvinces").asLong()).isEqualTo(7);
        assertThat(first.path("members").path("communes").asLong()).isEqualTo(107);
        JsonNode later = figures.path("documented").path(1);
        assertThat(later.path("reported").asText()).isEqualTo("2025-03");
        assertThat(later.path("members").path("total").asLong()).isEqualTo(228);
        assertThat(later.path("members").path("regions").asLong()
                + later.path("members").path("prefecturesOrProvinces").asLong()
                + later.path("members").path("communes").asLong()).isEqualTo(228);
        assertThat(later.path("coverage").path("regions").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(later.path("coverage").path("communes").decimalValue()).isEqualByComparingTo("13.2");
        assertThat(later.path("coverage").path("total").decimalValue()).isEqualByComparingTo("14.3");
        assertThat(later.path("source").path("document").asText()).contains("تمزكانة");
        assertThat(figures.path("national").path("communes").asLong()).isEqualTo(1503);
        assertThat(figures.path("nationalSource").path("note").asText()).contains("not stated in the two source documents");

        JsonNode platform = figures.path("platform");
        assertThat(platform.path("reported").asText()).isEqualTo("2025-03-31");
        assertThat(platform.path("members").path("total").asLong())
                .isEqualTo(api.get("/api/network/stats?asOf=2025-03-31").json().path("total").asLong());
    }
}
