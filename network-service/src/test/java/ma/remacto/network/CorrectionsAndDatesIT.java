package ma.remacto.network;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;

import static ma.remacto.network.Put.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Corrections of names, provinces and committee seats; the dates of an application and of a charter. */
@RealInfrastructureTest
class CorrectionsAndDatesIT {

    @LocalServerPort
    int port;

    @Test
    void anOperatorCorrectsACollectivityAndTheApplicationKeepsItsDate() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        assertThat(api.post("/api/collectivities", operator, """
                {"id":"skhirat-fix","kind":"COMMUNE","nameAr":"الصخيرات","nameFr":"Skirat","regionId":"rabat-sale-kenitra",
                 "appliedOn":"2024-01-15"}""").status()).isEqualTo(201);

        Api.Response edited = put(port, "/api/collectivities/skhirat-fix", operator, """
                {"nameAr":"الصخيرات","nameFr":"Skhirat","province":"Skhirate-Témara","reason":"French name misspelt"}""");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("change").asText()).isEqualTo("EDITED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode skhirat = api.get("/api/collectivities/skhirat-fix").json();
            assertThat(skhirat.path("nameFr").asText()).isEqualTo("Skhirat");
            assertThat(skhirat.path("province").asText()).isEqualTo("Skhirate-Témara");
            assertThat(skhirat.path("regionId").asText()).isEqualTo("rabat-sale-kenitra");
            assertThat(skhirat.path("history").path(0).path("status").asText()).isEqualTo("APPLIED");
            assertThat(skhirat.path("history").path(0).path("on").asText()).isEqualTo("2024-01-15");
        });

        Api.Response byAdmin = put(port, "/api/collectivities/skhirat-fix", TestTokens.adminOf("skhirat-fix"), """
                {"nameAr":"x","nameFr":"y","reason":"z"}""");
        assertThat(byAdmin.status()).isEqualTo(403);
        Api.Response unknown = put(port, "/api/collectivities/atlantis", operator, """
                {"nameAr":"x","nameFr":"y","reason":"z"}""");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void anApplicationIsNeverDatedInTheFutureNorTheCharterSignedBeforeTheFounding() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        Api.Response future = api.post("/api/collectivities", operator, """
                {"id":"harhoura-future","kind":"COMMUNE","nameAr":"الهرهورة","nameFr":"Harhoura","appliedOn":"%s"}"""
                .formatted(LocalDate.now().plusDays(2)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.raw()).contains("appliedOn");
        assertThat(api.get("/api/collectivities/harhoura-future").status()).isEqualTo(404);

        assertThat(api.post("/api/collectivities", operator, """
                {"id":"ain-attig-today","kind":"COMMUNE","nameAr":"عين عتيق","nameFr":"Aïn Attig"}""").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/collectivities/ain-attig-today").json().path("history").path(0).path("on").asText())
                .as("an application without a date is dated the day it is registered")
                .isEqualTo(LocalDate.now().toString()));
        Api.Response beforeApplying = api.post("/api/collectivities/ain-attig-today/admission", operator, """
                {"decision":"ADMITTED","decidedOn":"2022-10-01","reason":"test"}""");
        assertThat(beforeApplying.status()).as("an admission never precedes the application").isEqualTo(409);
        assertThat(beforeApplying.json().path("detail").asText()).startsWith("decidedOn:");

        assertThat(api.post("/api/collectivities", operator, """
                {"id":"ain-attig-charter","kind":"COMMUNE","nameAr":"عين عتيق","nameFr":"Aïn Attig","appliedOn":"2022-09-01"}""").status())
                .isEqualTo(201);
        assertThat(api.post("/api/collectivities/ain-attig-charter/admission", operator, """
                {"decision":"ADMITTED","decidedOn":"2022-10-01","reason":"test"}""").status()).isEqualTo(200);
        Api.Response early = api.post("/api/collectivities/ain-attig-charter/charter-signature", operator, """
                {"signedOn":"2022-10-20","reason":"test"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("code").asText()).isEqualTo("signed-before-founding");
        assertThat(early.json().path("detail").asText()).startsWith("signedOn:").contains("2022-10-21");
        assertThat(api.post("/api/collectivities/ain-attig-charter/charter-signature", operator, """
                {"signedOn":"2022-10-21","reason":"test"}""").status()).isEqualTo(200);
    }

    @Test
    void aCommitteeSeatIsCorrectedAndItsNameStaysSealed() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        String admin = TestTokens.adminOf("mohammedia-seat");
        assertThat(api.post("/api/collectivities", operator, """
                {"id":"mohammedia-seat","kind":"COMMUNE","nameAr":"المحمدية","nameFr":"Mohammedia","appliedOn":"2024-04-01"}""").status()).isEqualTo(201);
        assertThat(api.post("/api/collectivities/mohammedia-seat/admission", operator, """
                {"decision":"ADMITTED","decidedOn":"2024-05-01","reason":"test"}""").status()).isEqualTo(200);
        assertThat(api.post("/api/collectivities/mohammedia-seat/committee/members", admin, """
                {"memberId":"equality","fullName":"رئيس هيئة المساواة","role":"EQUALITY_BODY_MEMBER","gender":"UNSPECIFIED",
                 "appointedOn":"2024-05-02"}""").status()).isEqualTo(201);

        Api.Response edited = put(port, "/api/collectivities/mohammedia-seat/committee/members/equality", admin, """
                {"fullName":"رئيسة هيئة المساواة","role":"EQUALITY_BODY_CHAIR","gender":"WOMAN","appointedOn":"2024-05-02",
                 "reason":"the document says رئيسة"}""");
        assertThat(edited.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode seat = api.get("/api/collectivities/mohammedia-seat/committee").json().path("members").path(0);
            assertThat(seat.path("fullName").asText()).isEqualTo("رئيسة هيئة المساواة");
            assertThat(seat.path("role").asText()).isEqualTo("EQUALITY_BODY_CHAIR");
            assertThat(seat.path("gender").asText()).isEqualTo("WOMAN");
        });
        Api.Response unknownSeat = put(port, "/api/collectivities/mohammedia-seat/committee/members/nobody", admin, """
                {"fullName":"x","role":"STAFF","gender":"MAN","appointedOn":"2024-05-02","reason":"x"}""");
        assertThat(unknownSeat.status()).isEqualTo(409);
        assertThat(unknownSeat.json().path("code").asText()).isEqualTo("not-on-committee");
    }
}
