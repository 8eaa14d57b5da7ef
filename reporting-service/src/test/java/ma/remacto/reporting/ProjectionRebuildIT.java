package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds every projection from the topics while the live ones serve, and checks that the
 * rebuilt ones equal them, table by table and on every public read, after a scenario that mixes
 * the three contexts' events (redelivered ones among them); then that a damaged live table is
 * found different, left alone, and repaired on request. Small rebuild batches put an event and its
 * later redelivery in different batches.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.projections.rebuild-batch=2")
class ProjectionRebuildIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuildEqualsTheLiveProjectionsAndSwapsThemIn() throws Exception {
        String collectivity = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = TestFeed.memberYear(group, collectivity);
        feed.deliver();

        List<String> reads = List.of("/api/dashboards/network", "/api/dashboards/network?asOf=2025-01-31",
                "/api/dashboards/collectivities/" + collectivity,
                "/api/dashboards/collectivities/" + collectivity + "?asOf=2024-12-31",
                "/api/audit?limit=500", "/api/audit?collectivity=" + collectivity,
                "/api/exports/members.json", "/api/exports/proposals.json", "/api/exports/program-projects.json",
                "/api/exports/documents.json", "/api/exports/charter-follow-ups.json");
        Map<String, String> before = readAll(reads);
        assertThat(before.get("/api/dashboards/collectivities/" + collectivity)).contains("\"women\":30");

        JsonNode finished = rebuild(false);

        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("SWAPPED");
        assertThat(finished.path("eventsRead").asLong()).isGreaterThanOrEqualTo(feed.size());
        assertThat(finished.path("tables")).isNotEmpty();
        for (JsonNode table : finished.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString()).isTrue();
        }
        assertThat(tableNames(finished)).contains("audit_entry", "member", "station_attendance", "proposal",
                "program_project", "program_revision", "received_event", "projection_offset", "public_document",
                "charter_follow_up");
        assertThat(readAll(reads)).isEqualTo(before);

        // the live listener goes on into the swapped-in tables, and still ignores what it saw before
        feed.on(collectivity, new MembershipSuspendedEvent(collectivity, LocalDate.of(2025, 6, 1)));
        feed.again(feed.events().get(0));
        feed.deliver();
        assertThat(get("/api/exports/members.json").raw()).contains("SUSPENDED");
        assertThat(get("/api/audit?collectivity=" + collectivity).json().path("items")).hasSize(feed.size());

        // replayed again, the redelivered events are met twice and applied once
        Map<String, String> after = readAll(reads);
        JsonNode again = rebuild(false);
        assertThat(again.path("state").asText()).as(again.toString()).isEqualTo("SWAPPED");
        assertThat(again.path("eventsApplied").asLong()).isLessThan(again.path("eventsRead").asLong());
        assertThat(readAll(reads)).isEqualTo(after);
    }

    @Test
    void aDamagedLiveTableIsFoundDifferentAndRepairedOnRequest() throws Exception {
        String collectivity = "repair-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = TestFeed.memberYear(group, collectivity);
        feed.deliver();
        String truth = get("/api/dashboards/collectivities/" + collectivity).raw();
        assertThat(jdbc.sql("UPDATE station_attendance SET women = women + 1000 WHERE process_id = :process")
                .param("process", collectivity + "-process").update()).isEqualTo(1);
        String damaged = get("/api/dashboards/collectivities/" + collectivity).raw();
        assertThat(damaged).isNotEqualTo(truth);

        JsonNode refused = rebuild(false);
        assertThat(refused.path("state").asText()).as(refused.toString()).isEqualTo("DIFFERENT");
        for (JsonNode table : refused.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString())
                    .isEqualTo(!table.path("table").asText().equals("station_attendance"));
        }
        assertThat(get("/api/dashboards/collectivities/" + collectivity).raw()).isEqualTo(damaged);

        JsonNode repaired = rebuild(true);
        assertThat(repaired.path("state").asText()).as(repaired.toString()).isEqualTo("SWAPPED");
        assertThat(get("/api/dashboards/collectivities/" + collectivity).raw()).isEqualTo(truth);
    }

    @Test
    void onlyOperatorsRebuild() {
        Api api = Api.at(port);
        assertThat(api.post("/api/admin/projections/rebuild", null, "").status()).isEqualTo(401);
        assertThat(api.get("/api/admin/projections").status()).isEqualTo(401);
        Api.Response admin = api.post("/api/admin/projections/rebuild", TestTokens.adminOf("temara"), "");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/admin/projections", TestTokens.token("analyst-1", List.of("ANALYST"), null)).status())
                .isEqualTo(403);
    }

    private JsonNode rebuild(boolean swapWhenDifferent) {
        return TestRebuilds.rebuild(port, swapWhenDifferent);
    }

    private static List<String> tableNames(JsonNode rebuild) {
        return rebuild.path("tables").findValuesAsText("table");
    }

    private Map<String, String> readAll(List<String> paths) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            answers.put(path, response.raw());
        }
        return answers;
    }

    private Api.Response get(String path) {
        return Api.at(port).get(path);
    }
}
