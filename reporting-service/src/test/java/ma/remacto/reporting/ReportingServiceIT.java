package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class ReportingServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static CloudEvent event(Object payload, String subject, long sequence, String reason) {
        return event(PublishedLanguage.typeOf(payload.getClass()), EventJson.write(payload), subject, subject,
                sequence, reason);
    }

    private static CloudEvent event(String type, byte[] data, String subject, String collectivity, long sequence,
                                    String reason) {
        return TestStreams.event(type, data, subject, collectivity, sequence, reason, OffsetDateTime.now());
    }

    /** The collectivity's statuses in the order of its events, as the "as of" counts read them. */
    private List<String> statusHistory(String collectivityId) {
        return jdbc.sql("SELECT status FROM member_status_history WHERE collectivity_id = :id ORDER BY sequence")
                .param("id", collectivityId).query(String.class).list();
    }

    private static long members(Api api, LocalDate asOf, String region) {
        return api.get("/api/dashboards/network?asOf=" + asOf).json().path("members").path("byRegion").path(region).asLong();
    }

    private static void publish(CloudEvent... events) throws Exception {
        TestStreams.publish(List.of(events));
    }

    @Test
    void everyStreamFeedsTheDashboardAndTheAuditOnceEvenWhenDeliveredTwice() throws Exception {
        // Other tests share the database and the topics: count from what is there already.
        Api api = Api.at(port);
        JsonNode before = api.get("/api/dashboards/network").json();
        long rabat = before.path("members").path("byRegion").path("rabat-sale-kenitra").asLong();
        long unknown = before.path("members").path("byRegion").path("unknown").asLong();
        long processes = before.path("processesOpened").asLong();
        long rabatInJune = members(api, LocalDate.of(2024, 6, 1), "rabat-sale-kenitra");
        long unknownInJune = members(api, LocalDate.of(2024, 6, 1), "unknown");
        CloudEvent admitted = event(new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED,
                LocalDate.of(2024, 4, 25), Map.of()), "temara", 1, "exact admission date not documented");
        publish(event(new CollectivityRegisteredEvent("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                        "rabat-sale-kenitra", "Skhirate-Témara"), "temara", 0, null),
                admitted,
                admitted,
                event(new CollectivityRegisteredEvent("tamazgana", CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana",
                        null, null, null), "tamazgana", 0, null),
                event(new AdmissionDecidedEvent("tamazgana", AdmissionDecision.ADMITTED, LocalDate.of(2024, 12, 1),
                        Map.of()), "tamazgana", 1, "month documented, day not"),
                event(new CoCreationProcessOpenedEvent("temara-2024", "temara", "برنامج عمل الانفتاح", "2025-2026"),
                        "temara", 0, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode dashboard = api.get("/api/dashboards/network").json();
            assertThat(dashboard.path("members").path("byRegion").path("rabat-sale-kenitra").asLong()).isEqualTo(rabat + 1);
            assertThat(dashboard.path("members").path("byRegion").path("unknown").asLong()).isEqualTo(unknown + 1);
            assertThat(dashboard.path("processesOpened").asLong()).isEqualTo(processes + 1);
        });
        JsonNode today = api.get("/api/dashboards/network").json();
        JsonNode counts = today.path("members");
        assertThat(counts.path("byKind").path("COMMUNE").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(counts.path("total").asLong())
                .isEqualTo(sum(counts.path("byKind")))
                .isEqualTo(sum(counts.path("byRegion")));
        // Programs of other tests may count too: whatever the sum, it is exact and written plain.
        assertThat(api.get("/api/dashboards/network").raw())
                .containsPattern("\"programmedCostMad\":(0|[1-9][0-9]*(\\.[0-9]*[1-9])?)[,}]");

        assertThat(members(api, LocalDate.of(2024, 6, 1), "rabat-sale-kenitra")).isEqualTo(rabatInJune + 1);
        assertThat(members(api, LocalDate.of(2024, 6, 1), "unknown")).isEqualTo(unknownInJune);

        JsonNode temara = api.get("/api/audit?collectivity=temara").json();
        assertThat(temara.path("items")).hasSize(3);
        JsonNode admission = temara.path("items").get(1);
        assertThat(admission.path("id").asText()).isEqualTo(admitted.getId());
        assertThat(admission.path("type").asText()).isEqualTo("ma.remacto.network.AdmissionDecided.v1");
        assertThat(admission.path("actorRole").asText()).isEqualTo("NETWORK_OPERATOR");
        assertThat(admission.path("actor").asText()).isEqualTo("operator-1");
        assertThat(admission.path("aggregateId").asText()).isEqualTo("temara");
        assertThat(admission.path("reason").asText()).isEqualTo("exact admission date not documented");
        assertThat(admission.path("data").path("decidedOn").asText()).isEqualTo("2024-04-25");
        assertThat(temara.path("next").isNull()).isTrue();
    }

    @Test
    void theAuditIsPaginatedAndRefusesBadCursors() throws Exception {
        publish(event(new CollectivityRegisteredEvent("souss-massa", CollectivityKind.REGION, "سوس ماسة",
                        "Souss-Massa", null, "souss-massa", null), "souss-massa", 0, null),
                event(new AdmissionDecidedEvent("souss-massa", AdmissionDecision.ADMITTED, LocalDate.of(2022, 10, 21),
                        Map.of()), "souss-massa", 1, "exact admission date not documented"));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/audit?aggregate=souss-massa").json().path("items").size() == 2);

        JsonNode first = api.get("/api/audit?aggregate=souss-massa&limit=1").json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("next").asText()).isNotBlank();
        JsonNode second = api.get("/api/audit?aggregate=souss-massa&limit=1&after=" + first.path("next").asText()).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("type").asText()).isEqualTo("ma.remacto.network.AdmissionDecided.v1");

        Api.Response badCursor = api.get("/api/audit?after=yesterday");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/audit?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/dashboards/network?asOf=2024-13-01").status()).isEqualTo(400);
    }

    @Test
    void asOfCountsFollowBusinessDatesAcrossASuspensionAndAWithdrawal() throws Exception {
        String region = "fes-meknes";
        publish(event(new CollectivityRegisteredEvent("sefrou", CollectivityKind.COMMUNE, "صفرو", "Sefrou", "ⵚⴼⵔⵓ",
                        region, "Sefrou"), "sefrou", 0, null),
                event(new AdmissionDecidedEvent("sefrou", AdmissionDecision.ADMITTED, LocalDate.of(2024, 1, 10),
                        Map.of()), "sefrou", 1, null),
                event(new MembershipSuspendedEvent("sefrou", LocalDate.of(2024, 6, 1)), "sefrou", 2, "no report"),
                event(new MembershipReinstatedEvent("sefrou", LocalDate.of(2024, 9, 1)), "sefrou", 3, "report filed"),
                event(new MembershipWithdrawnEvent("sefrou", LocalDate.of(2025, 2, 1)), "sefrou", 4, "left"));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusHistory("sefrou").size() == 5);

        assertThat(statusHistory("sefrou")).containsExactly("APPLIED", "ADMITTED", "SUSPENDED", "ADMITTED", "WITHDRAWN");
        assertThat(members(api, LocalDate.of(2023, 12, 31), region)).isZero();
        assertThat(members(api, LocalDate.of(2024, 3, 1), region)).isEqualTo(1);
        assertThat(members(api, LocalDate.of(2024, 7, 1), region)).as("suspended members count").isEqualTo(1);
        assertThat(members(api, LocalDate.of(2024, 10, 1), region)).isEqualTo(1);
        assertThat(members(api, LocalDate.of(2025, 2, 1), region)).as("not from the withdrawal date").isZero();
        assertThat(members(api, LocalDate.of(2025, 3, 1), region)).isZero();
    }

    @Test
    void aReinstatedMemberIsActiveAgainOnlyIfItSignedTheCharterSinceItsLastApplication() throws Exception {
        String id = "berkane";
        publish(event(new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "بركان", "Berkane", null,
                        "oriental", "Berkane"), id, 0, null),
                event(new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2023, 1, 5), Map.of()),
                        id, 1, null),
                event(new CharterSignedEvent(id, LocalDate.of(2023, 2, 1), "رئيس المجلس"), id, 2, null),
                event(new MembershipSuspendedEvent(id, LocalDate.of(2023, 6, 1)), id, 3, null),
                event(new MembershipReinstatedEvent(id, LocalDate.of(2023, 7, 1)), id, 4, null),
                event(new MembershipWithdrawnEvent(id, LocalDate.of(2023, 9, 1)), id, 5, null),
                event(new CollectivityReappliedEvent(id, LocalDate.of(2024, 2, 1)), id, 6, null),
                event(new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 3, 1), Map.of()),
                        id, 7, null),
                event(new MembershipSuspendedEvent(id, LocalDate.of(2024, 4, 1)), id, 8, null),
                event(new MembershipReinstatedEvent(id, LocalDate.of(2024, 5, 1)), id, 9, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusHistory(id).size() == 10);

        assertThat(statusHistory(id)).containsExactly("APPLIED", "ADMITTED", "ACTIVE", "SUSPENDED", "ACTIVE",
                "WITHDRAWN", "APPLIED", "ADMITTED", "SUSPENDED", "ADMITTED");
        assertThat(jdbc.sql("SELECT status FROM member WHERE collectivity_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("ADMITTED");
        Api api = Api.at(port);
        assertThat(members(api, LocalDate.of(2024, 1, 31), "oriental")).as("withdrawn, then applied again").isZero();
        assertThat(members(api, LocalDate.of(2024, 3, 1), "oriental")).isEqualTo(1);
    }

    @Test
    void aRevisionOneRegistrationIsStillProjected() throws Exception {
        byte[] revisionOne = """
                {"collectivityId": "tanger-assilah", "kind": "PREFECTURE_OR_PROVINCE", "nameAr": "طنجة أصيلة",
                 "nameFr": "Tanger-Assilah", "regionId": "tanger-tetouan-al-hoceima"}""".getBytes(StandardCharsets.UTF_8);
        publish(event("ma.remacto.network.CollectivityRegistered.v1", revisionOne, "tanger-assilah", "tanger-assilah",
                        0, null),
                event(new AdmissionDecidedEvent("tanger-assilah", AdmissionDecision.ADMITTED, LocalDate.of(2023, 5, 2),
                        Map.of()), "tanger-assilah", 1, null));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                members(api, LocalDate.of(2023, 5, 2), "tanger-tetouan-al-hoceima") == 1);

        assertThat(members(api, LocalDate.of(2023, 5, 1), "tanger-tetouan-al-hoceima")).isZero();
        Map<String, Object> member = jdbc.sql("""
                        SELECT kind, name_ar, name_fr, name_tzm, province, status FROM member
                        WHERE collectivity_id = 'tanger-assilah'""").query().singleRow();
        assertThat(member).containsEntry("kind", "PREFECTURE_OR_PROVINCE").containsEntry("name_fr", "Tanger-Assilah")
                .containsEntry("name_ar", "طنجة أصيلة").containsEntry("name_tzm", null).containsEntry("province", null)
                .containsEntry("status", "ADMITTED");
        assertThat(api.get("/api/audit?aggregate=tanger-assilah").json().path("items").get(0).path("type").asText())
                .isEqualTo("ma.remacto.network.CollectivityRegistered.v1");
    }

    @Test
    void networkActivitiesCountFromTheDayTheyAreHeld() throws Exception {
        String activity = "training-2023-03-co-creation";
        publish(event(PublishedLanguage.typeOf(NetworkActivityRecordedEvent.class), EventJson.write(
                        new NetworkActivityRecordedEvent(activity, ActivityKind.TRAINING, "التكوين في منهجية الإنتاج المشترك",
                                LocalDate.of(2023, 3, 15), null)), activity, null, 0, null),
                event(PublishedLanguage.typeOf(ActivityAttendanceRecordedEvent.class), EventJson.write(
                        new ActivityAttendanceRecordedEvent(activity, List.of("temara", "tamazgana"))),
                        activity, null, 1, null));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/audit?aggregate=" + activity).json().path("items").size() == 2);

        long dayBefore = api.get("/api/dashboards/network?asOf=2023-03-14").json().path("activities").asLong();
        long thatDay = api.get("/api/dashboards/network?asOf=2023-03-15").json().path("activities").asLong();
        assertThat(thatDay - dayBefore).isEqualTo(1);
        assertThat(api.get("/api/audit?aggregate=" + activity).json().path("items").get(1).path("data")
                .path("collectivityIds").toString()).isEqualTo("[\"temara\",\"tamazgana\"]");
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }
}
