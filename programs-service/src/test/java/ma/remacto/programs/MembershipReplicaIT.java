package ma.remacto.programs;

import ma.remacto.testkit.NetworkEvents;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** programs-service knows from remacto.network.v1 alone who may draft a program. */
@RealInfrastructureTest
class MembershipReplicaIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String program(String id, String collectivityId) {
        return """
                {"id":"%s","collectivityId":"%s","title":"Programme d'action ouvert","startYear":2025,"endYear":2026}"""
                .formatted(id, collectivityId);
    }

    private long recordedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private Optional<String> lastTypeFor(String collectivityId) {
        return jdbc.sql("SELECT last_type FROM membership_replica WHERE collectivity_id = :id")
                .param("id", collectivityId).query(String.class).optional();
    }

    @Test
    void aCollectivityNeverAdmittedMayNotDraftAProgram() throws Exception {
        NetworkEvents.publish(NetworkEvents.registered("ain-attig"),
                NetworkEvents.event("ain-attig", 1, new AdmissionDecidedEvent("ain-attig", AdmissionDecision.REJECTED,
                        LocalDate.of(2025, 2, 1), Map.of())));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                lastTypeFor("ain-attig").filter("ma.remacto.network.AdmissionDecided.v1"::equals).isPresent());
        Api api = Api.at(port);
        long before = recordedEvents();

        Api.Response rejected = api.post("/api/programs", TestTokens.adminOf("ain-attig"), program("ain-attig-pao", "ain-attig"));
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().path("code").asText()).isEqualTo("not-a-member");
        Api.Response unknown = api.post("/api/programs", TestTokens.operator(), program("nowhere-pao", "nowhere"));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().path("code").asText()).isEqualTo("not-a-member");

        assertThat(recordedEvents()).isEqualTo(before);
    }
}
