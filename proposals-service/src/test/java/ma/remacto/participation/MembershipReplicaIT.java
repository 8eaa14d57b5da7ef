package ma.remacto.participation;

import ma.remacto.testkit.NetworkEvents;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.membership.MembershipReplicaAutoConfiguration;
import ma.remacto.testkit.Api;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** proposals-service knows from remacto.network.v1 alone (the standing network-service decides) who may open a process. */
@RealInfrastructureTest
class MembershipReplicaIT {

    private static final LocalDate ON = LocalDate.of(2025, 5, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private static String process(String id, String collectivityId) {
        return """
                {"id":"%s","collectivityId":"%s","title":"Programme d'action ouvert","cycle":"2025-2026"}"""
                .formatted(id, collectivityId);
    }

    private long recordedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    @Test
    void aSuspendedMemberMayNotOpenAProcess() throws Exception {
        Api api = Api.at(port);
        String admin = TestTokens.adminOf("skhirate");
        NetworkEvents.admit("skhirate", membership);
        assertThat(api.post("/api/processes", admin, process("skhirate-2025", "skhirate")).status()).isEqualTo(201);

        NetworkEvents.publish(NetworkEvents.event("skhirate", 3, new MembershipSuspendedEvent("skhirate", ON)),
                NetworkEvents.standing("skhirate", 4, false, ON));
        await().atMost(Duration.ofSeconds(30)).until(() -> !membership.isInGoodStanding("skhirate"));
        long before = recordedEvents();
        Api.Response refused = api.post("/api/processes", admin, process("skhirate-2026", "skhirate"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("not-a-member");
        assertThat(refused.json().path("detail").asText()).contains("skhirate");
        assertThat(recordedEvents()).isEqualTo(before);

        NetworkEvents.publish(NetworkEvents.event("skhirate", 5, new MembershipReinstatedEvent("skhirate", ON.plusDays(30))),
                NetworkEvents.standing("skhirate", 6, true, ON.plusDays(30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> membership.isInGoodStanding("skhirate"));
        assertThat(api.post("/api/processes", admin, process("skhirate-2026", "skhirate")).status()).isEqualTo(201);
    }

    @Test
    void duplicatedDeliveryIsAppliedOnce() throws Exception {
        Api api = Api.at(port);
        NetworkEvents.admit("harhoura", membership);
        CloudEvent suspended = NetworkEvents.standing("harhoura", 4, false, ON);
        NetworkEvents.publish(NetworkEvents.event("harhoura", 3, new MembershipSuspendedEvent("harhoura", ON)), suspended);
        await().atMost(Duration.ofSeconds(30)).until(() -> !membership.isInGoodStanding("harhoura"));
        NetworkEvents.publish(NetworkEvents.event("harhoura", 5, new MembershipReinstatedEvent("harhoura", ON.plusDays(30))),
                NetworkEvents.standing("harhoura", 6, true, ON.plusDays(30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> membership.isInGoodStanding("harhoura"));

        RecordMetadata again = NetworkEvents.publish(suspended).get(0);
        awaitConsumedPast(again);

        assertThat(membership.isInGoodStanding("harhoura")).isTrue();
        assertThat(api.post("/api/processes", TestTokens.adminOf("harhoura"), process("harhoura-2025", "harhoura"))
                .status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM membership_received_event WHERE source = :source AND event_id = :id")
                .param("source", suspended.getSource().toString()).param("id", suspended.getId())
                .query(Long.class).single()).isEqualTo(1);
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
}
