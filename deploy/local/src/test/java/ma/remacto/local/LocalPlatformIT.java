package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the platform as the local run does (embedded PostgreSQL and Kafka, the five
 * applications in their own JVMs, demo data through the API) and drives it through the gateway
 * with real tokens; then restarts it on the same data.
 */
class LocalPlatformIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void aChangeTravelsFromTheGatewayToTheDashboardAndSurvivesARestart() throws Exception {
        LocalSettings settings = TestPlatforms.settings(home);
        long auditTotal;
        try (LocalPlatform platform = LocalPlatform.start(settings)) {
            System.out.printf("platform ready in %d ms, applications resident: %d MB%n",
                    platform.readyMillis(), platform.applicationsResidentMemoryKb() / 1024);
            String gateway = settings.gatewayUrl();
            String operator = token(gateway, "{\"sub\":\"operator-e2e\",\"roles\":[\"NETWORK_OPERATOR\"]}");
            String temaraAdmin = token(gateway,
                    "{\"sub\":\"admin-temara\",\"roles\":[\"COLLECTIVITY_ADMIN\"],\"collectivity\":\"temara\"}");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode members = get(gateway + "/api/dashboards/network").path("members");
                assertThat(members.path("byKind").path("REGION").asLong()).isEqualTo(12);
                assertThat(members.path("byKind").path("COMMUNE").asLong()).isEqualTo(2);
            });
            // Temara's participation as the source documents report it: 279 in person, 46 online
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode participation = get(gateway + "/api/dashboards/collectivities/temara").path("participation");
                assertThat(participation.path("inPerson").path("women").asLong()).isEqualTo(111);
                assertThat(participation.path("inPerson").path("men").asLong()).isEqualTo(168);
                assertThat(participation.path("inPerson").path("total").asLong()).isEqualTo(279);
                assertThat(participation.path("online").path("women").asLong()).isEqualTo(7);
                assertThat(participation.path("online").path("men").asLong()).isEqualTo(39);
                assertThat(participation.path("online").path("total").asLong()).isEqualTo(46);
            });
            JsonNode temaraDashboard = get(gateway + "/api/dashboards/collectivities/temara");
            // 50 from the digital platform, "about 100" from the in-person workshops together
            assertThat(temaraDashboard.path("proposals").path("reportedByStations").asLong()).isEqualTo(150);
            assertThat(temaraDashboard.path("proposals").path("reportedApproximate").asBoolean()).isTrue();
            assertThat(temaraDashboard.path("stations")).hasSize(5);
            JsonNode workshop = get(gateway + "/api/processes/tamazgana-2025").path("stations").path(2);
            assertThat(workshop.path("agenda")).hasSize(3);
            assertThat(workshop.path("agenda").path(0).path("startsAt").asText()).isEqualTo("10:30");

            assertThat(post(gateway + "/api/collectivities", operator,
                    "{\"id\":\"sale\",\"kind\":\"COMMUNE\",\"nameAr\":\"سلا\",\"nameFr\":\"Salé\",\"regionId\":\"rabat-sale-kenitra\",\"appliedOn\":\"2025-01-02\"}")
                    .statusCode()).isEqualTo(201);
            assertThat(post(gateway + "/api/collectivities/sale/admission", operator,
                    "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2025-01-15\",\"reason\":\"e2e\"}").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(get(gateway + "/api/collectivities/sale").path("history").path(1).path("status").asText())
                        .isEqualTo("ADMITTED");
                assertThat(get(gateway + "/api/dashboards/network").path("members").path("byKind").path("COMMUNE").asLong())
                        .isEqualTo(3);
                JsonNode audit = get(gateway + "/api/audit?aggregate=sale").path("items");
                assertThat(audit).hasSize(4);
                assertThat(audit.get(1).path("data").path("appliedOn").asText()).isEqualTo("2025-01-02");
                assertThat(audit.get(3).path("type").asText()).isEqualTo("ma.remacto.network.MembershipStandingChanged.v1");
                assertThat(audit.get(2).path("actor").asText()).as("a pseudonym, never the token subject").startsWith("p-")
                        .isNotEqualTo("operator-e2e");
                assertThat(audit.get(2).path("actorRole").asText()).isEqualTo("NETWORK_OPERATOR");
                assertThat(audit.get(2).path("reason").asText()).isEqualTo("e2e");
            });
            // membership travels to proposals-service through Kafka only: a suspension closes its door
            String process = "{\"collectivityId\":\"sale\",\"title\":\"الإعداد المشترك\",\"cycle\":\"2026-2027\"}";
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    post(gateway + "/api/processes", operator, process).statusCode() == 201);
            assertThat(post(gateway + "/api/collectivities/sale/suspension", operator,
                    "{\"on\":\"2025-06-01\",\"reason\":\"e2e suspension\"}").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> refused = post(gateway + "/api/processes", operator, process);
                assertThat(refused.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("not-a-member");
            });
            assertThat(get(gateway + "/api/network/stats?asOf=2025-07-01").path("byKind").path("COMMUNE").asLong())
                    .as("a suspended member still counts").isEqualTo(3);

            // The demo data states only what the two documents state
            new DocumentedFacts(new GatewayClient(gateway)).check();

            // Temara's demo data: registration and application date, admission and standing, 10 committee seats, process,
            // program, 5 stations planned and held, 4 attendance records, the proposals figure, 4 axes and 10 projects
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    get(gateway + "/api/audit?collectivity=temara").path("items").size() == 45);
            JsonNode temara = get(gateway + "/api/collectivities/temara");
            assertThat(temara.path("status").asText()).as("admitted; no charter signature is documented").isEqualTo("ADMITTED");
            assertThat(temara.path("province").asText()).isEqualTo("Skhirate-Témara");
            assertThat(get(gateway + "/api/collectivities/temara/committee").path("genderBalance").path("total").asLong())
                    .isEqualTo(10);
            assertThat(get(gateway + "/api/network/activities/training-2025-02-11").path("attendees").get(0).asText())
                    .isEqualTo("tamazgana");

            // A document travels through the gateway: uploaded by the admin, downloaded by anyone, named by its SHA-256
            byte[] pdf = "%PDF-1.4\n% e2e draft of the program\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            HttpResponse<String> attached = http.send(HttpRequest.newBuilder(URI.create(gateway
                            + "/api/programs/temara-2025-2026/documents?kind=PROGRAM&title=e2e&fileName=program.pdf"))
                    .header("Authorization", "Bearer " + temaraAdmin).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
            JsonNode document = JSON.readTree(attached.body());
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
            assertThat(document.path("sha256").asText()).isEqualTo(sha256);
            HttpResponse<byte[]> downloaded = http.send(HttpRequest.newBuilder(URI.create(gateway
                            + "/api/programs/temara-2025-2026/documents/" + document.path("documentId").asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.body()).isEqualTo(pdf);
            assertThat(downloaded.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
            HttpResponse<String> notAPdf = http.send(HttpRequest.newBuilder(URI.create(gateway
                            + "/api/programs/temara-2025-2026/documents?kind=PROGRAM"))
                    .header("Authorization", "Bearer " + temaraAdmin).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString("<html></html>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notAPdf.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(notAPdf.body()).path("code").asText()).isEqualTo("document-type-mismatch");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get(gateway
                    + "/api/dashboards/collectivities/temara").path("documents").path("programs").findValuesAsText("sha256"))
                    .containsExactly(sha256));
            auditTotal = settledAuditCount(gateway);

            // An analyst follows Temara's program events live through the gateway (Server-Sent Events)
            String analyst = token(gateway, "{\"sub\":\"analyst-e2e\",\"roles\":[\"ANALYST\"]}");
            HttpResponse<java.util.stream.Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(gateway
                            + "/api/streams/events?collectivity=temara&types=ma.remacto.programs.*&after=0"))
                    .header("Authorization", "Bearer " + analyst).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            try (java.util.stream.Stream<String> lines = stream.body()) {
                String firstEvent = lines.filter(line -> line.startsWith("event:")).findFirst().orElseThrow();
                assertThat(firstEvent.substring("event:".length()).trim()).isEqualTo("ma.remacto.programs.ProgramDrafted.v1");
            }

            // Every projection rebuilt from the three contexts' topics equals the live one and is swapped in
            HttpResponse<String> rebuild = post(gateway + "/api/admin/projections/rebuild", operator, "");
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() -> !getAs(gateway + "/api/admin/projections", operator)
                    .path("rebuild").path("finishedAt").isNull());
            JsonNode rebuilt = getAs(gateway + "/api/admin/projections", operator).path("rebuild");
            assertThat(rebuilt.path("state").asText()).as(rebuilt.toString()).isEqualTo("SWAPPED");
            assertThat(rebuilt.path("eventsRead").asLong()).isGreaterThanOrEqualTo(auditTotal);
            rebuilt.path("tables").forEach(table -> assertThat(table.path("equal").asBoolean()).as(table.toString()).isTrue());
            assertThat(get(gateway + "/api/dashboards/collectivities/temara").path("participation").path("inPerson")
                    .path("total").asLong()).isEqualTo(279);
            assertThat(countAudit(gateway)).isEqualTo(auditTotal);

            String rabat = "{\"id\":\"rabat\",\"kind\":\"COMMUNE\",\"nameAr\":\"الرباط\",\"nameFr\":\"Rabat\"}";
            HttpResponse<String> noToken = post(gateway + "/api/collectivities", null, rabat);
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(noToken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(post(gateway + "/api/collectivities", operator.substring(0, operator.length() - 4) + "AAAA", rabat)
                    .statusCode()).isEqualTo(401);
            HttpResponse<String> otherCollectivity = post(gateway + "/api/processes", temaraAdmin,
                    "{\"collectivityId\":\"tamazgana\",\"title\":\"x\",\"cycle\":\"2025-2026\"}");
            assertThat(otherCollectivity.statusCode()).isEqualTo(403);
            assertThat(post(gateway + "/api/collectivities", temaraAdmin, rabat).statusCode()).isEqualTo(403);
            HttpResponse<String> unknownKind = post(gateway + "/api/collectivities", operator,
                    rabat.replace("COMMUNE", "VILLAGE"));
            assertThat(unknownKind.statusCode()).isEqualTo(400);
            assertThat(unknownKind.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(unknownKind.body()).path("detail").asText()).contains("kind");

            assertThat(http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/collectivities/rabat")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> countAudit(gateway) == auditTotal);
        }

        assertThat(Files.exists(home.resolve("demo-data.loaded"))).isTrue();
        try (LocalPlatform again = LocalPlatform.start(settings)) {
            String gateway = settings.gatewayUrl();
            JsonNode sale = get(gateway + "/api/collectivities/sale");
            assertThat(sale.path("status").asText()).isEqualTo("SUSPENDED");
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode members = get(gateway + "/api/dashboards/network").path("members");
                assertThat(members.path("byKind").path("COMMUNE").asLong()).isEqualTo(3);
                assertThat(members.path("byKind").path("REGION").asLong()).isEqualTo(12);
                assertThat(countAudit(gateway)).isEqualTo(auditTotal);
            });
        }
    }

    /** The audit's size once no event has arrived for three seconds. */
    private long settledAuditCount(String gateway) {
        long[] last = {-1};
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(60)).until(() -> {
            long now = countAudit(gateway);
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
        return last[0];
    }

    private long countAudit(String gateway) throws Exception {
        long count = 0;
        String next = null;
        do {
            JsonNode page = get(gateway + "/api/audit?limit=500" + (next == null ? "" : "&after=" + next));
            count += page.path("items").size();
            next = page.path("next").isNull() ? null : page.path("next").asText();
        } while (next != null);
        return count;
    }

    private String token(String gateway, String claims) throws Exception {
        HttpResponse<String> response = post(gateway + "/dev/tokens", null, claims);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asText();
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode getAs(String url, String token) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
