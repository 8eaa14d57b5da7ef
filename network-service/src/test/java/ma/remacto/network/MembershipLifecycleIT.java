package ma.remacto.network;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class MembershipLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api api() {
        return Api.at(port);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 201);
    }

    private long communesAt(String date) {
        return api().get("/api/network/stats?asOf=" + date).json().path("byKind").path("COMMUNE").asLong();
    }

    @Test
    void asOfStatisticsFollowBusinessDatesAcrossASuspensionAndAWithdrawal() {
        String op = TestTokens.operator();
        String[] dates = {"2023-12-31", "2024-03-01", "2024-07-01", "2024-10-01", "2025-03-01"};
        java.util.Map<String, Long> baseline = new java.util.HashMap<>();
        for (String date : dates) {
            baseline.put(date, communesAt(date));
        }
        ok(api().post("/api/collectivities", op, """
                {"id":"ain-aouda","kind":"COMMUNE","nameAr":"عين عودة","nameFr":"Aïn Aouda","regionId":"rabat-sale-kenitra","appliedOn":"2024-01-02"}"""));
        ok(api().post("/api/collectivities/ain-aouda/admission", op,
                "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2024-01-10\",\"reason\":\"indicators met\"}"));
        ok(api().post("/api/collectivities/ain-aouda/charter-signature", TestTokens.adminOf("ain-aouda"),
                "{\"signedOn\":\"2024-02-01\",\"signatory\":\"رئيس المجلس\"}"));
        ok(api().post("/api/collectivities/ain-aouda/suspension", op, "{\"on\":\"2024-06-01\",\"reason\":\"r1\"}"));
        ok(api().post("/api/collectivities/ain-aouda/reinstatement", op, "{\"on\":\"2024-09-01\",\"reason\":\"r2\"}"));
        ok(api().post("/api/collectivities/ain-aouda/withdrawal", op, "{\"on\":\"2025-02-01\",\"reason\":\"r3\"}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/collectivities/ain-aouda").json().path("status").asText()).isEqualTo("WITHDRAWN"));
        JsonNode history = api().get("/api/collectivities/ain-aouda").json().path("history");
        assertThat(history).extracting(h -> h.path("status").asText())
                .containsExactly("APPLIED", "ADMITTED", "ACTIVE", "SUSPENDED", "ACTIVE", "WITHDRAWN");
        assertThat(history.get(3).path("reason").asText()).isEqualTo("r1");
        assertThat(communesAt("2023-12-31") - baseline.get("2023-12-31")).isZero();
        assertThat(communesAt("2024-03-01") - baseline.get("2024-03-01")).isEqualTo(1);
        assertThat(communesAt("2024-07-01") - baseline.get("2024-07-01")).as("a suspended member still counts").isEqualTo(1);
        assertThat(communesAt("2024-10-01") - baseline.get("2024-10-01")).isEqualTo(1);
        assertThat(communesAt("2025-03-01") - baseline.get("2025-03-01")).as("withdrawn").isZero();

        long before = storedEvents();
        Api.Response suspendWithdrawn = api().post("/api/collectivities/ain-aouda/suspension", op,
                "{\"on\":\"2025-03-01\",\"reason\":\"x\"}");
        assertThat(suspendWithdrawn.status()).isEqualTo(409);
        assertThat(suspendWithdrawn.json().path("code").asText()).isEqualTo("not-suspendable");
        ok(api().post("/api/collectivities/ain-aouda/reapplication", op, "{\"on\":\"2025-09-01\",\"reason\":\"again\"}"));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aCsvImportIsAllOrNothingWithAReportPerLine() {
        String op = TestTokens.operator();
        String bad = """
                kind,nameAr,nameFr,region,admittedOn
                COMMUNE,الصخيرات,Skhirat,Rabat-Salé-Kénitra,2024-05-01
                VILLAGE,قرية,Village,,
                COMMUNE,,Sans Nom,Atlantis,2024-13-01
                """;
        long before = storedEvents();
        Api.Response refused = post("/api/collectivities/import", op, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().path("errors");
        assertThat(errors).extracting(e -> e.path("line").asInt() + ":" + e.path("column").asText())
                .containsExactly("3:kind", "4:nameAr", "4:region", "4:admittedOn");
        assertThat(refused.json().path("detail").asText()).as("line 4 has three errors but is one line")
                .startsWith("2 line(s)");
        assertThat(storedEvents()).isEqualTo(before);

        String good = """
                kind,nameAr,nameFr,region,admittedOn
                COMMUNE,الصخيرات,Skhirat,Rabat-Salé-Kénitra,2024-05-01
                COMMUNE,"سيدي يحيى زعير","Sidi Yahya Zaer",الرباط سلا القنيطرة,
                """;
        Api.Response imported = post("/api/collectivities/import", op, good);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.json().path("registered").asInt()).isEqualTo(2);
        assertThat(imported.json().path("admitted").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/collectivities/sidi-yahya-zaer").json().path("status").asText()).isEqualTo("APPLIED"));
        assertThat(api().get("/api/collectivities/skhirat").json().path("regionId").asText()).isEqualTo("rabat-sale-kenitra");

        Api.Response again = post("/api/collectivities/import", op, good);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("errors").get(0).path("message").asText()).contains("already registered");
        assertThat(post("/api/collectivities/import", TestTokens.adminOf("skhirat"), good).status()).isEqualTo(403);
    }

    @Test
    void importingTheWholeNetworkOf1590MembersShowsThemInTheStatistics() {
        StringBuilder csv = new StringBuilder("kind,nameAr,nameFr,region,admittedOn\n");
        String[] regions = {"Tanger-Tétouan-Al Hoceïma", "L'Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra"};
        for (int i = 1; i <= 75; i++) {
            csv.append("PREFECTURE_OR_PROVINCE,إقليم ").append(i).append(",Province ").append(i).append(',')
                    .append('"').append(regions[i % regions.length]).append('"').append(",2023-03-01\n");
        }
        for (int i = 1; i <= 1515; i++) {
            csv.append("COMMUNE,جماعة ").append(i).append(",Commune ").append(i).append(",,2023-06-01\n");
        }
        long started = System.nanoTime();
        Api.Response imported = post("/api/collectivities/import", TestTokens.operator(), csv.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.json().path("registered").asInt()).isEqualTo(1590);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode stats = api().get("/api/network/stats?asOf=2023-12-31").json();
            assertThat(stats.path("byKind").path("PREFECTURE_OR_PROVINCE").asLong()).isEqualTo(75);
            assertThat(stats.path("byKind").path("COMMUNE").asLong()).isGreaterThanOrEqualTo(1515);
            assertThat(stats.path("byRegion").path("oriental").asLong()).isGreaterThanOrEqualTo(19);
        });
        System.out.printf("imported 1590 members in %d ms; statistics complete %d ms after the request%n",
                millis, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aCommitteeHasOneChairItsCompositionAtAnyDateAndItsOwnAdminsOnly() {
        String op = TestTokens.operator();
        ok(api().post("/api/collectivities", op, """
                {"id":"harhoura","kind":"COMMUNE","nameAr":"الهرهورة","nameFr":"Harhoura","regionId":"rabat-sale-kenitra","appliedOn":"2024-01-02"}"""));
        ok(api().post("/api/collectivities/harhoura/admission", op,
                "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2024-01-10\",\"reason\":\"indicators met\"}"));
        String admin = TestTokens.adminOf("harhoura");
        ok(api().post("/api/collectivities/harhoura/committee/members", admin, """
                {"memberId":"chair","fullName":"رئيس المجلس","role":"CHAIR","gender":"MAN","appointedOn":"2024-02-01"}"""));
        ok(api().post("/api/collectivities/harhoura/committee/members", admin, """
                {"memberId":"equality-chair","fullName":"رئيسة هيئة المساواة","role":"EQUALITY_BODY_CHAIR","gender":"WOMAN","appointedOn":"2024-03-01"}"""));

        long before = storedEvents();
        Api.Response secondChair = api().post("/api/collectivities/harhoura/committee/members", admin, """
                {"memberId":"chair-2","fullName":"x","role":"CHAIR","gender":"WOMAN","appointedOn":"2024-03-01"}""");
        assertThat(secondChair.status()).isEqualTo(409);
        Api.Response otherAdmin = api().post("/api/collectivities/harhoura/committee/members", TestTokens.adminOf("temara"), """
                {"memberId":"intruder","fullName":"x","role":"STAFF","gender":"WOMAN","appointedOn":"2024-03-01"}""");
        assertThat(otherAdmin.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/collectivities/harhoura/committee").json().path("members")).hasSize(2));
        JsonNode february = api().get("/api/collectivities/harhoura/committee?asOf=2024-02-15").json();
        assertThat(february.path("members")).hasSize(1);
        assertThat(february.path("genderBalance").path("MAN").asLong()).isEqualTo(1);
        JsonNode now = api().get("/api/collectivities/harhoura/committee").json();
        assertThat(now.path("genderBalance").path("WOMAN").asLong()).isEqualTo(1);
        assertThat(now.path("genderBalance").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void theNetworkRecordsTrainingsAndWhoAttended() {
        String op = TestTokens.operator();
        ok(api().post("/api/collectivities", op, """
                {"id":"tamazgana","kind":"COMMUNE","nameAr":"تمزكانة","nameFr":"Tamazgana"}"""));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/collectivities/tamazgana").status() == 200);
        Api.Response training = api().post("/api/network/activities", op, """
                {"id":"training-2025-02-11","kind":"TRAINING","title":"لقاء تواصلي وتكويني حول منهجية الإعداد المشترك","heldOn":"2025-02-11"}""");
        assertThat(training.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("/api/network/activities/training-2025-02-11").status() == 200);
        Api.Response unknown = api().post("/api/network/activities/training-2025-02-11/attendance", op,
                "{\"collectivityIds\":[\"tamazgana\",\"atlantis\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asText()).contains("atlantis");
        Api.Response attended = api().post("/api/network/activities/training-2025-02-11/attendance", op,
                "{\"collectivityIds\":[\"tamazgana\"]}");
        assertThat(attended.status()).as(attended.raw()).isEqualTo(200);
        assertThat(attended.json().path("added").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/network/activities/training-2025-02-11").json().path("attendees").get(0).asText())
                        .isEqualTo("tamazgana"));
        assertThat(api().get("/api/network/activities").json().path("items").get(0).path("id").asText())
                .isEqualTo("training-2025-02-11");
    }

    private Api.Response post(String path, String token, String csv) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "text/csv; charset=utf-8")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    null, response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
