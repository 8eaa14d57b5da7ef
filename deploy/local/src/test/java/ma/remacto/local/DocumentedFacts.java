package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data read back through the gateway and held against the two source documents (seed
 * lines in brackets: 000 is Temara's program document, 003 Tamazgana's press file). What the
 * documents do not report must not be there, and what they leave unknown must read as unknown.
 */
final class DocumentedFacts {

    private final GatewayClient gateway;

    DocumentedFacts(GatewayClient gateway) {
        this.gateway = gateway;
    }

    void check() throws Exception {
        temarasProgramIsACoCreatedDraft();
        noCharterSignatureIsDocumented();
        temarasCommittee();
        temarasStations();
        tamazganasStations();
        theNetworksReferenceData();
    }

    /**
     * [000:28-30] 126 members (12 + 7 + 107) in 2024; [003:114-118] 228 (12 + 17 + 199) in March 2025;
     * [003:337-353] the charter's five commitments; [003:218-230] the support program's four axes.
     */
    private void theNetworksReferenceData() throws Exception {
        JsonNode documented = gateway.get("/api/network/figures").json().path("documented");
        assertThat(documented).hasSize(2);
        assertThat(documented.path(0).path("members").path("total").asLong()).isEqualTo(126);
        assertThat(documented.path(0).path("members").path("prefecturesOrProvinces").asLong()).isEqualTo(7);
        assertThat(documented.path(0).path("members").path("communes").asLong()).isEqualTo(107);
        assertThat(documented.path(1).path("members").path("total").asLong()).isEqualTo(228);
        assertThat(documented.path(1).path("members").path("prefecturesOrProvinces").asLong()).isEqualTo(17);
        assertThat(documented.path(1).path("members").path("communes").asLong()).isEqualTo(199);
        assertThat(gateway.get("/api/network/charter").json().path("commitments")).hasSize(5);
        assertThat(gateway.get("/api/network/support-program").json().path("axes")).hasSize(4);
    }

    /** [000:165-207, 213-225] 10 projects on 4 axes for 85.75 MDH; no adoption, progress or funding per project reported. */
    private void temarasProgramIsACoCreatedDraft() throws Exception {
        JsonNode program = gateway.get("/api/dashboards/collectivities/temara").json().path("program");
        assertThat(program.path("status").asText()).isEqualTo("DRAFT");
        assertThat(program.path("adoption").isNull()).as("no adoption is documented").isTrue();
        assertThat(program.path("adoptedTotalCostMad").isNull()).isTrue();
        assertThat(program.path("totalCostMad").decimalValue()).isEqualByComparingTo("85750000");
        assertThat(program.path("lateProjects").isNull()).as("nothing can be late in a draft").isTrue();
        assertThat(program.path("progressPercent").isNull()).as("no progress is documented").isTrue();
        assertThat(program.path("axes")).hasSize(4);
        List<JsonNode> projects = new ArrayList<>();
        program.path("axes").forEach(axis -> axis.path("projects").forEach(projects::add));
        assertThat(projects).hasSize(10);
        for (JsonNode project : projects) {
            assertThat(project.path("fundingKind").isNull()).as("funding of project %s", project.path("number")).isTrue();
            assertThat(project.path("late").asBoolean()).isFalse();
            assertThat(project.path("progressAsOf").isNull()).isTrue();
        }
        JsonNode history = program.path("history");
        assertThat(history).as("only the draft: no consultation on it is documented").hasSize(1);
    }

    /** [003:252-353] the press file gives the charter's text, not a member's signature; [000] none either. */
    private void noCharterSignatureIsDocumented() throws Exception {
        for (String member : List.of("temara", "tamazgana")) {
            JsonNode collectivity = gateway.get("/api/collectivities/" + member).json();
            assertThat(collectivity.path("charterSignedOn").isNull()).as(member + "'s charter signature").isTrue();
        }
        JsonNode tamazgana = gateway.get("/api/collectivities/tamazgana").json();
        assertThat(tamazgana.path("province").isNull()).as("Tamazgana's province is not documented").isTrue();
        assertThat(tamazgana.path("regionId").isNull()).as("Tamazgana's region is not documented").isTrue();
    }

    /** [000:45-58] ten seats by office; the equality body's chair is named in the feminine (رئيسة). */
    private void temarasCommittee() throws Exception {
        JsonNode balance = gateway.get("/api/collectivities/temara/committee").json().path("genderBalance");
        assertThat(balance.path("total").asLong()).isEqualTo(10);
        assertThat(balance.path("WOMAN").asLong()).isEqualTo(1);
        assertThat(balance.path("MAN").asLong()).as("no man is documented as such").isZero();
        assertThat(balance.path("UNSPECIFIED").asLong()).isEqualTo(9);
    }

    /** [000:70-110] five stations held; the digital call [000:80-86] has an opening date only. */
    private void temarasStations() throws Exception {
        JsonNode stations = gateway.get("/api/processes/temara-2025-2026").json().path("stations");
        assertThat(stations).hasSize(5);
        stations.forEach(station -> assertThat(station.path("status").asText()).isEqualTo("HELD"));
        JsonNode call = station(stations, "temara-2024-04-30");
        assertThat(call.path("startsOn").asText()).isEqualTo("2024-04-30");
        assertThat(call.path("endsOn").isNull()).as("the call's end is not documented").isTrue();
        assertThat(call.path("attendance").path("total").asLong()).isEqualTo(46);
        assertThat(station(stations, "temara-2024-04-25").path("attendance").path("proposalsCollected").isNull())
                .as("the ~100 in-person proposals are not one workshop's").isTrue();
    }

    /** [003:86-106] the 7 March meetings were held, the 18 March workshop announced, both meetings in the commune's room. */
    private void tamazganasStations() throws Exception {
        JsonNode stations = gateway.get("/api/processes/tamazgana-2025").json().path("stations");
        JsonNode info = station(stations, "tamazgana-2025-03-07-info");
        assertThat(info.path("status").asText()).isEqualTo("HELD");
        assertThat(info.path("place").asText()).contains("قاعة الاجتماعات");
        assertThat(station(stations, "tamazgana-2025-03-07-committee").path("status").asText()).isEqualTo("HELD");
        JsonNode workshop = station(stations, "tamazgana-2025-03-18");
        assertThat(workshop.path("status").asText()).as("announced, not reported held").isEqualTo("PLANNED");
        assertThat(workshop.path("place").asText()).contains("قاعة الاجتماعات");
        assertThat(workshop.path("agenda")).hasSize(3);
        assertThat(station(stations, "tamazgana-2025-10-council").path("status").asText()).isEqualTo("PLANNED");
    }

    private static JsonNode station(JsonNode stations, String id) {
        for (JsonNode station : stations) {
            if (station.path("id").asText().equals(id)) {
                return station;
            }
        }
        throw new AssertionError("no station " + id + " in " + stations);
    }
}
