package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static ma.remacto.participation.ProgramsTopic.awaitHandled;
import static ma.remacto.participation.ProgramsTopic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The council-adoption station and the monitoring meetings after adoption, linked to a program of
 * their collectivity as remacto.programs.v1 tells this service about it.
 */
@RealInfrastructureTest
class StationProgramsIT {

    private static final String ADMIN = TestTokens.adminOf("sidi-slimane");
    private static final String STATIONS = "/api/processes/sidi-slimane-2025/stations";
    private static final String PROGRAM = "sidi-slimane-pao-2025";
    private static final String SESSION = "الدورة العادية لشهر فبراير 2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void stationsAreLinkedToAProgramOfTheirCollectivityAndTheAdoptionStationShowsTheAdoption() throws Exception {
        Api api = Api.at(port);
        Http http = new Http(port);
        NetworkEvents.admit("sidi-slimane", membership);
        assertThat(api.post("/api/processes", ADMIN, """
                {"id":"sidi-slimane-2025","collectivityId":"sidi-slimane","title":"برنامج عمل الانفتاح","cycle":"2025"}""")
                .status()).isEqualTo(201);
        for (String station : new String[] {
                "{\"id\":\"adoption\",\"kind\":\"COUNCIL_ADOPTION\",\"title\":\"دورة المصادقة\",\"startsOn\":\"2026-02-03\"}",
                "{\"id\":\"follow-up\",\"kind\":\"MONITORING_MEETING\",\"title\":\"لقاء التتبع\",\"startsOn\":\"2026-06-10\"}",
                "{\"id\":\"workshop\",\"kind\":\"CO_CREATION_WORKSHOP\",\"title\":\"ورشة\",\"startsOn\":\"2025-03-18\"}"}) {
            assertThat(api.post(STATIONS, ADMIN, station).status()).isEqualTo(201);
        }
        publish(PROGRAM, "sidi-slimane", new ProgramDraftedEvent(PROGRAM, "sidi-slimane", "برنامج العمل", 2025, 2027));
        awaitHandled(listeners, publish("kenitra-pao", "kenitra",
                new ProgramDraftedEvent("kenitra-pao", "kenitra", "برنامج العمل", 2025, 2027)));

        String link = "{\"programId\":\"" + PROGRAM + "\"}";
        refused(http.put(STATIONS + "/workshop/program", ADMIN, link), 400, "station-not-linkable");
        refused(http.put(STATIONS + "/adoption/program", ADMIN, "{\"programId\":\"no-such-program\"}"), 404, "not-found");
        refused(http.put(STATIONS + "/adoption/program", ADMIN, "{\"programId\":\"kenitra-pao\"}"), 409,
                "program-of-another-collectivity");
        refused(http.put(STATIONS + "/follow-up/program", ADMIN, link), 409, "program-not-in-execution");
        assertThat(http.put(STATIONS + "/adoption/program", TestTokens.adminOf("kenitra"), link).status()).isEqualTo(403);

        assertThat(http.put(STATIONS + "/adoption/program", ADMIN,
                "{\"programId\":\"" + PROGRAM + "\",\"reason\":\"the session that adopts it\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode adoption = api.get(STATIONS + "/adoption").json();
            assertThat(adoption.path("programId").asText()).isEqualTo(PROGRAM);
            assertThat(adoption.path("adoption").isNull()).as("not adopted yet").isTrue();
        });

        publish(PROGRAM, "sidi-slimane", new ProgramAdoptedEvent(PROGRAM, SESSION, LocalDate.of(2026, 2, 3), null,
                new BigDecimal("12000000")));
        awaitHandled(listeners, publish(PROGRAM, "sidi-slimane",
                new ProgramExecutionStartedEvent(PROGRAM, LocalDate.of(2026, 3, 1))));
        JsonNode adoption = api.get(STATIONS + "/adoption").json().path("adoption");
        assertThat(adoption.path("adoptedOn").asText()).isEqualTo("2026-02-03");
        assertThat(adoption.path("session").asText()).isEqualTo(SESSION);

        assertThat(http.put(STATIONS + "/follow-up/program", ADMIN, link).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode followUp = api.get(STATIONS + "/follow-up").json();
            assertThat(followUp.path("programId").asText()).isEqualTo(PROGRAM);
            assertThat(followUp.path("adoption").isNull()).as("only the adoption station shows it").isTrue();
        });
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = 'sidi-slimane-2025'
                          AND payloadtype = 'ma.remacto.events.participation.StationLinkedToProgramEvent'""")
                .query(Long.class).single()).isEqualTo(2);
    }

    private static void refused(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }
}
