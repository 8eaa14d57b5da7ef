package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static ma.remacto.local.AttackFixtures.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crossing tenants, escalating roles, extra fields, spoofed headers and actuator internals: refused, nothing recorded.
 */
class TenancyAttacksIT extends AttackSuite {

    @Test
    void anotherCollectivitysProcessByUrlWithAValidBody() throws Exception {
        refused("cross-tenant by URL, valid body (station of Temara's process by Tamazgana's admin)", 403, "forbidden",
                () -> gateway.post("/api/processes/" + PROCESS + "/stations", fixtures.otherAdmin,
                        "{\"kind\":\"INFO_MEETING\",\"title\":\"x\",\"startsOn\":\"2025-09-01\",\"endsOn\":\"2025-09-01\",\"agenda\":[]}"));
    }

    @Test
    void anotherCollectivitysProcessByUrlWithAnInvalidBody() throws Exception {
        refused("cross-tenant by URL, invalid body", 403, "forbidden",
                () -> gateway.post("/api/processes/" + PROCESS + "/stations", fixtures.otherAdmin, "{\"kind\":\"PARTY\"}"));
        refused("cross-tenant by URL, malformed JSON", 403, "forbidden",
                () -> gateway.post("/api/processes/" + PROCESS + "/stations", fixtures.otherAdmin, "{not json"));
    }

    @Test
    void anotherCollectivityNamedInTheBody() throws Exception {
        refused("cross-tenant by body field, valid body", 403, "forbidden", () -> gateway.post("/api/processes",
                fixtures.otherAdmin, "{\"collectivityId\":\"temara\",\"title\":\"x\",\"cycle\":\"2027\"}"));
        refused("cross-tenant by body field, invalid body", 403, "forbidden", () -> gateway.post("/api/processes",
                fixtures.otherAdmin, "{\"collectivityId\":\"temara\",\"cycle\":12}"));
        refused("cross-tenant program by body field", 403, "forbidden", () -> gateway.post("/api/programs",
                fixtures.otherAdmin, "{\"collectivityId\":\"temara\"}"));
    }

    @Test
    void anotherCollectivitysProgramCommitteeAndCensus() throws Exception {
        refused("cross-tenant program revision by URL, invalid body", 403, "forbidden", () -> gateway.post(
                "/api/programs/temara-2025-2026/projects/2/revisions", fixtures.otherAdmin, "{}"));
        refused("cross-tenant committee seat by URL, invalid body", 403, "forbidden", () -> gateway.post(
                "/api/collectivities/temara/committee/members", fixtures.otherAdmin, "{}"));
        refused("cross-tenant census upload", 403, "forbidden", () -> gateway.send("POST",
                "/api/collectivities/temara/census", fixtures.otherAdmin, "text/csv", "identifier\nZZ999999\n".getBytes()));
    }


    @Test
    void aCitizenActsAsAnOperatorOrAnAdmin() throws Exception {
        String citizen = fixtures.citizen("citizen-escalating");
        refused("citizen registers a collectivity", 403, "forbidden", () -> gateway.post("/api/collectivities", citizen,
                "{\"id\":\"escalated\",\"kind\":\"COMMUNE\",\"nameAr\":\"x\",\"nameFr\":\"x\"}"));
        refused("citizen plans a station", 403, "forbidden", () -> gateway.post("/api/processes/" + PROCESS + "/stations",
                citizen, "{}"));
        refused("citizen hides a proposal", 403, "forbidden", () -> gateway.post("/api/proposals/"
                + fixtures.visibleProposal + "/hiding", citizen, "{\"reason\":\"x\"}"));
    }

    @Test
    void anAnalystWritesOrRebuilds() throws Exception {
        refused("analyst registers a collectivity", 403, "forbidden", () -> gateway.post("/api/collectivities",
                fixtures.analyst, "{\"id\":\"escalated\",\"kind\":\"COMMUNE\",\"nameAr\":\"x\",\"nameFr\":\"x\"}"));
        refused("analyst starts a rebuild", 403, "forbidden", () -> gateway.post("/api/admin/projections/rebuild",
                fixtures.analyst, null));
    }

    @Test
    void anAdminActsAsAnOperatorOrVotes() throws Exception {
        refused("admin suspends their own collectivity", 403, "forbidden", () -> gateway.post(
                "/api/collectivities/temara/suspension", fixtures.admin, "{\"on\":\"2025-01-01\",\"reason\":\"x\"}"));
        refused("admin starts a rebuild", 403, "forbidden", () -> gateway.post("/api/admin/projections/rebuild",
                fixtures.admin, null));
        refused("admin votes", 403, "forbidden", () -> gateway.put(votePath(), fixtures.admin, "{\"choice\":\"FOR\"}"));
    }

    @Test
    void anOperatorVotesOrReadsTheStreamsWithoutBeingAnalyst() throws Exception {
        refused("operator votes", 403, "forbidden", () -> gateway.put(votePath(), fixtures.operator, "{\"choice\":\"FOR\"}"));
        refused("operator verifies a residence", 403, "forbidden", () -> gateway.post("/api/verifications",
                fixtures.operator, "{\"collectivityId\":\"temara\",\"identifier\":\"CD654321\"}"));
    }

    @Test
    void extraFieldsAreRefused() throws Exception {
        refused("extra field 'actor' in a command", 400, "unreadable-request", () -> gateway.post("/api/processes",
                fixtures.admin, "{\"collectivityId\":\"temara\",\"title\":\"x\",\"cycle\":\"2027\",\"actor\":\"p-someone\"}"));
        refused("extra field 'roles' in a development token request", 400, "invalid-request", () -> gateway.post(
                "/dev/tokens", null, "{\"sub\":\"x\",\"roles\":[\"CITIZEN\"],\"admin\":true}"));
        refused("unknown role in a development token request", 400, "invalid-request", () -> gateway.post(
                "/dev/tokens", null, "{\"sub\":\"x\",\"roles\":[\"ROOT\"]}"));
    }


    @Test
    void aServiceCalledDirectlyWithSpoofedHeadersWantsAToken() throws Exception {
        GatewayClient network = new GatewayClient(service(0));
        refused("straight at network-service with X-User/X-Roles headers and no token", 401, "unauthorized", () -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service(0) + "/api/collectivities"))
                    .header("Content-Type", "application/json")
                    .header("X-User", "operator-1").header("X-Roles", "NETWORK_OPERATOR")
                    .header("X-Forwarded-User", "operator-1").header("X-Auth-Request-User", "operator-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"spoofed\",\"kind\":\"COMMUNE\",\"nameAr\":\"x\",\"nameFr\":\"x\"}"))
                    .build();
            HttpResponse<String> response = network.http().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        });
    }

    @Test
    void actuatorInternalsAreNotPublic() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/heapdump")) {
            Answer answer = gateway.get(path);
            answers.add("GET " + path + " at the gateway -> " + answer.status() + " " + answer.code());
            assertThat(answer.status()).as(path).isIn(401, 403, 404);
            assertThat(answer.body()).doesNotContain("jvm_memory").doesNotContain("systemProperties");
        }
        assertThat(gateway.get("/readyz").status()).as("health, the one part of the actuator the gateway serves").isEqualTo(200);
        for (int offset = 0; offset < 4; offset++) {
            Answer metrics = new GatewayClient(service(offset)).get("/actuator/prometheus");
            answers.add("GET /actuator/prometheus straight at service " + offset + " -> " + metrics.status());
            assertThat(metrics.status()).isIn(401, 403, 404);
            assertThat(metrics.body()).doesNotContain("jvm_memory");
        }
    }
}
