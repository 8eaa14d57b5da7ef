package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructure;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A proposal shows the projects of action programs that answer it, as remacto.programs.v1 tells. */
@RealInfrastructureTest
class ProjectLinksIT {

    private static final String COLLECTIVITY = "bouknadel";
    private static final String PROGRAM = "bouknadel-pao-2025-2026";
    private static final URI PROGRAMS_SERVICE = URI.create("/remacto/programs-service");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aLinkedProjectShowsOnItsProposalOnceAndCancelledWhenRevisedSo() throws Exception {
        Api api = Api.at(port);
        NetworkEvents.admit(COLLECTIVITY, membership);
        assertThat(api.post("/api/processes", TestTokens.adminOf(COLLECTIVITY), """
                {"id":"bouknadel-2025","collectivityId":"bouknadel","title":"Programme d'action ouvert","cycle":"2025-2026"}""")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/processes/bouknadel-2025/proposals", TestTokens.citizen("bouknadel-citizen-salma"), """
                {"id":"bouknadel-park","channel":"DIGITAL_PLATFORM","title":"حديقة للأطفال","body":"حديقة قرب المدرسة"}""")
                .status()).isEqualTo(201);
        await().atMost(WAIT).untilAsserted(() -> {
            Api.Response read = api.get("/api/proposals/bouknadel-park");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("projects").isArray()).isTrue();
            assertThat(read.json().path("projects")).isEmpty();
        });

        CloudEvent added = event(1, new ProjectAddedEvent(PROGRAM, 7, 2, "تهيئة حديقة عمومية", "Aménagement d'un parc",
                new BigDecimal("12"), new BigDecimal("3500000"), new Funding(Funding.FundingKind.OWN, List.of(), List.of()),
                List.of("bouknadel-park", "nowhere-proposal"), null, List.of()));
        publish(added);
        RecordMetadata duplicate = publish(added);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(api.get("/api/proposals/bouknadel-park").json().path("projects")).hasSize(1));
        awaitConsumedPast(duplicate);

        JsonNode projects = api.get("/api/proposals/bouknadel-park").json().path("projects");
        assertThat(projects).hasSize(1);
        assertThat(projects.get(0).path("programId").asText()).isEqualTo(PROGRAM);
        assertThat(projects.get(0).path("number").asInt()).isEqualTo(7);
        assertThat(projects.get(0).path("titleAr").asText()).isEqualTo("تهيئة حديقة عمومية");
        assertThat(projects.get(0).path("cancelled").asBoolean()).isFalse();
        assertThat(api.get("/api/processes/bouknadel-2025/proposals").json().path("items").get(0)
                .path("projects").findValuesAsText("programId")).containsExactly(PROGRAM);
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_project WHERE proposal_id = 'nowhere-proposal'")
                .query(Long.class).single()).as("an id that is no proposal here is ignored").isZero();
        assertThat(jdbc.sql("SELECT collectivity_id FROM proposal_project WHERE proposal_id = 'bouknadel-park'")
                .query(String.class).single()).isEqualTo(COLLECTIVITY);

        publish(event(2, new ProjectRevisedEvent(PROGRAM, 7, LocalDate.of(2026, 3, 1), null, null, null, null, true)));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode revised = api.get("/api/proposals/bouknadel-park").json().path("projects");
            assertThat(revised).hasSize(1);
            assertThat(revised.get(0).path("cancelled").asBoolean()).isTrue();
        });

        // A late redelivery of the addition is applied once only: it does not revive the cancelled project.
        awaitConsumedPast(publish(added));
        JsonNode after = api.get("/api/proposals/bouknadel-park").json().path("projects");
        assertThat(after).hasSize(1);
        assertThat(after.get(0).path("cancelled").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM programs_received_event WHERE source = :source AND event_id = :id")
                .param("source", added.getSource().toString()).param("id", added.getId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void linksMadeOrRemovedAfterTheProjectWasAddedShowOnTheProposalOnce() throws Exception {
        String program = "bouknadel-pao-2027-2028";
        Api api = Api.at(port);
        NetworkEvents.admit(COLLECTIVITY, membership);
        assertThat(api.post("/api/processes", TestTokens.adminOf(COLLECTIVITY), """
                {"id":"bouknadel-2027","collectivityId":"bouknadel","title":"Programme d'action ouvert","cycle":"2027-2028"}""")
                .status()).isEqualTo(201);
        for (String id : List.of("bouknadel-library", "bouknadel-lights")) {
            assertThat(api.post("/api/processes/bouknadel-2027/proposals", TestTokens.citizen("bouknadel-citizen-omar"), """
                    {"id":"%s","channel":"DIGITAL_PLATFORM","title":"مكتبة الحي","body":"مكتبة قرب السوق"}""".formatted(id))
                    .status()).isEqualTo(201);
        }
        await().atMost(WAIT).until(() -> api.get("/api/proposals/bouknadel-lights").status() == 200);

        publish(event(program, 1, new ProjectAddedEvent(program, 3, 1, "مكتبة عمومية", null, new BigDecimal("6"),
                new BigDecimal("900000"), null, List.of(), null, List.of())));
        publish(event(program, 2, new ProjectAddedEvent(program, 4, 1, "إنارة عمومية", null, new BigDecimal("6"),
                new BigDecimal("400000"), null, List.of("bouknadel-lights"), null, List.of())));
        CloudEvent linked = event(program, 3, new ProposalLinkedEvent(program, 3, "bouknadel-library"));
        publish(linked);
        awaitConsumedPast(publish(linked));
        JsonNode projects = api.get("/api/proposals/bouknadel-library").json().path("projects");
        assertThat(projects).as("a link made later, applied once").hasSize(1);
        assertThat(projects.get(0).path("number").asInt()).isEqualTo(3);
        assertThat(projects.get(0).path("titleAr").asText()).isEqualTo("مكتبة عمومية");

        publish(event(program, 4, new ProposalUnlinkedEvent(program, 3, "bouknadel-library")));
        awaitConsumedPast(publish(event(program, 5, new ProjectRemovedEvent(program, 4))));
        assertThat(api.get("/api/proposals/bouknadel-library").json().path("projects")).isEmpty();
        assertThat(api.get("/api/proposals/bouknadel-lights").json().path("projects"))
                .as("a removed project takes its links with it").isEmpty();

        // A redelivered link does not come back once removed; a new project under the freed number links anew.
        publish(linked);
        publish(event(program, 6, new ProjectAddedEvent(program, 4, 2, "ملعب القرب", null, new BigDecimal("6"),
                new BigDecimal("700000"), null, List.of(), null, List.of())));
        awaitConsumedPast(publish(event(program, 7, new ProposalLinkedEvent(program, 4, "bouknadel-lights"))));
        assertThat(api.get("/api/proposals/bouknadel-library").json().path("projects")).isEmpty();
        assertThat(api.get("/api/proposals/bouknadel-lights").json().path("projects").findValuesAsText("titleAr"))
                .containsExactly("ملعب القرب");
    }

    private static CloudEvent event(long sequence, Object payload) {
        return event(PROGRAM, sequence, payload);
    }

    /** A program's event as programs-service publishes it: subject and key the program. */
    private static CloudEvent event(String program, long sequence, Object payload) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(PROGRAMS_SERVICE)
                .withType(PublishedLanguage.typeOf(payload.getClass()))
                .withSubject(program)
                .withTime(OffsetDateTime.now())
                .withData("application/json", EventJson.write(payload))
                .withExtension("collectivity", COLLECTIVITY)
                .withExtension("actor", "admin-bouknadel")
                .withExtension("actorrole", "COLLECTIVITY_ADMIN")
                .withExtension("sequence", sequence)
                .build();
    }

    private static RecordMetadata publish(CloudEvent event) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            return producer.send(new ProducerRecord<>(Topics.PROGRAMS, event.getSubject(), event)).get();
        }
    }

    /** Waits until the links' consumer group has committed past the record, that is, has handled it. */
    private void awaitConsumedPast(RecordMetadata record) {
        String group = listeners.getListenerContainer("proposals-project-links").getGroupId();
        TopicPartition partition = new TopicPartition(Topics.PROGRAMS, record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().bootstrapServers()))) {
            await().atMost(WAIT).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
