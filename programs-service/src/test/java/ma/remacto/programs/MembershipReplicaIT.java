package ma.remacto.programs;

import ma.remacto.events.Topics;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.membership.MembershipReplicaAutoConfiguration;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructure;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * programs-service knows from remacto.network.v1 alone who may draft a program: it reads the
 * standing network-service decided, and decides nothing itself.
 */
@RealInfrastructureTest
class MembershipReplicaIT {

    private static final LocalDate ON = LocalDate.of(2025, 2, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private static String program(String id, String collectivityId) {
        return """
                {"id":"%s","collectivityId":"%s","title":"Programme d'action ouvert","startYear":2025,"endYear":2026}"""
                .formatted(id, collectivityId);
    }

    private long recordedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private Optional<Long> lastSequenceFor(String collectivityId) {
        return jdbc.sql("SELECT last_sequence FROM membership_replica WHERE collectivity_id = :id")
                .param("id", collectivityId).query(Long.class).optional();
    }

    /** Waits until the replica's consumer group has committed past the record, that is, has handled it. */
    private void awaitConsumedPast(RecordMetadata record) {
        String group = listeners.getListenerContainer(MembershipReplicaAutoConfiguration.LISTENER_ID).getGroupId();
        TopicPartition partition = new TopicPartition(Topics.NETWORK, record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    @Test
    void aCollectivityNeverInGoodStandingMayNotDraftAProgram() throws Exception {
        NetworkEvents.publish(NetworkEvents.registered("ain-attig"),
                NetworkEvents.event("ain-attig", 1, new AdmissionDecidedEvent("ain-attig", AdmissionDecision.REJECTED,
                        ON, Map.of())));
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

    @Test
    void aSuspendedMemberMayNotDraftAProgramOnceTheNetworkSaysSo() throws Exception {
        NetworkEvents.admit("skhirate", membership);
        NetworkEvents.publish(NetworkEvents.event("skhirate", 3, new MembershipSuspendedEvent("skhirate", ON)),
                NetworkEvents.standing("skhirate", 4, false, ON));
        await().atMost(Duration.ofSeconds(30)).until(() -> !membership.isInGoodStanding("skhirate"));
        long before = recordedEvents();

        Api.Response refused = Api.at(port).post("/api/programs", TestTokens.adminOf("skhirate"),
                program("skhirate-pao", "skhirate"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("not-a-member");
        assertThat(recordedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheStandingEventsCountAndAnOlderOneArrivingLateChangesNothing() throws Exception {
        NetworkEvents.admit("harhoura", membership);
        RecordMetadata late = NetworkEvents.publish(
                NetworkEvents.event("harhoura", 3, new MembershipSuspendedEvent("harhoura", ON)),
                NetworkEvents.standing("harhoura", 6, true, ON.plusMonths(2)),
                NetworkEvents.standing("harhoura", 4, false, ON)).get(2);
        awaitConsumedPast(late);

        assertThat(lastSequenceFor("harhoura")).contains(6L);
        assertThat(membership.isInGoodStanding("harhoura"))
                .as("the suspension alone decides nothing here, and the late standing of sequence 4 was not applied")
                .isTrue();
        assertThat(Api.at(port).post("/api/programs", TestTokens.adminOf("harhoura"), program("harhoura-pao", "harhoura"))
                .status()).isEqualTo(201);
    }
}
