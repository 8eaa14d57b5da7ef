package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.reporting.ChainHead;
import ma.remacto.events.reporting.ChainHeadsPublishedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.reporting.chain.ChainLedger;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain over the context topics: what reporting stores and serves equals what anyone
 * recomputes from the raw records; heads reach remacto.chain.v1; redeliveries and restarts
 * neither repeat nor skip a record.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.chain.publish-interval=1s")
class HashChainIT {

    @LocalServerPort
    int port;

    @Autowired
    ChainLedger ledger;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private static CloudEvent event(Object payload, String subject, long sequence) {
        return TestStreams.event(PublishedLanguage.typeOf(payload.getClass()), EventJson.write(payload), subject, subject,
                sequence, null, OffsetDateTime.now());
    }

    private static List<RecordMetadata> publishSome(String id) throws Exception {
        return TestStreams.publish(List.of(
                event(new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "أزرو", "Azrou " + id, null,
                        "fes-meknes", "Ifrane"), id, 0),
                event(new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 5, 2), Map.of()), id, 1),
                event(new CoCreationProcessOpenedEvent(id + "-process", id, "برنامج عمل الانفتاح", "2025-2026"), id, 0),
                event(new ProgramDraftedEvent(id + "-program", id, "Programme", 2025, 2026), id, 0)));
    }

    private static TopicPartition partitionOf(RecordMetadata record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    @Test
    void everyPartitionsChainIsWhatAnyoneRecomputesFromTheRawRecords() throws Exception {
        Api api = Api.at(port);
        TestChains.awaitChained(api, publishSome("azrou"));

        Map<TopicPartition, JsonNode> heads = TestChains.heads(api);
        assertThat(heads.keySet()).extracting(TopicPartition::topic)
                .contains(Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS)
                .doesNotContain(Topics.CHAIN);
        Map<TopicPartition, List<ChainedRecord>> records = TestChains.records(heads.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, head -> head.getValue().path("offset").asLong())));
        heads.forEach((tp, head) -> {
            List<String> recomputed = TestChains.links(records.get(tp));
            assertThat(head.path("count").asLong()).as("count of %s", tp).isEqualTo(recomputed.size());
            assertThat(head.path("hash").asText()).as("head of %s", tp).isEqualTo(recomputed.get(recomputed.size() - 1));
            assertThat(head.path("updatedAt").asText()).isNotBlank();
            assertThat(TestChains.servedLinks(api, tp)).as("links of %s", tp).startsWith(recomputed.toArray(String[]::new));
        });
    }

    @Test
    void theHeadsArePublishedOnTheirTopicAsCloudEvents() throws Exception {
        Api api = Api.at(port);
        RecordMetadata written = publishSome("midelt").get(0);
        TestChains.awaitChained(api, List.of(written));

        List<ConsumerRecord<String, CloudEvent>> published = TopicReader.readUntil(Topics.CHAIN, Duration.ofSeconds(30),
                read -> read.stream().anyMatch(record -> headOf(record, written).isPresent()));
        ConsumerRecord<String, CloudEvent> snapshot = published.stream()
                .filter(record -> headOf(record, written).isPresent()).findFirst().orElseThrow();
        ChainHead head = headOf(snapshot, written).orElseThrow();
        assertThat(snapshot.key()).isEqualTo("chain-heads");
        assertThat(snapshot.value().getType()).isEqualTo("ma.remacto.reporting.ChainHeadsPublished.v1");
        assertThat(snapshot.value().getSource()).hasToString("/remacto/reporting-service");
        assertThat(snapshot.value().getSubject()).isEqualTo("chain-heads");
        JsonNode served = api.get("/api/chain/links?topic=" + head.topic() + "&partition=" + head.partition()
                + "&from=" + head.offset() + "&limit=1").json().path("items").get(0);
        assertThat(served.path("offset").asLong()).isEqualTo(head.offset());
        assertThat(served.path("hash").asText()).isEqualTo(head.hash());
        assertThat(head.count()).isEqualTo(head.offset() + 1);
    }

    private static Optional<ChainHead> headOf(ConsumerRecord<String, CloudEvent> record, RecordMetadata written) {
        if (record.value() == null || record.value().getData() == null) {
            return Optional.empty();
        }
        return EventJson.read(record.value().getData().toBytes(), ChainHeadsPublishedEvent.class).heads().stream()
                .filter(head -> head.topic().equals(written.topic()) && head.partition() == written.partition()
                        && head.offset() >= written.offset())
                .findFirst();
    }

    @Test
    void aRedeliveredRecordChangesNothingAndARecordPastTheHeadIsRefused() throws Exception {
        Api api = Api.at(port);
        RecordMetadata written = publishSome("ifrane").get(1);
        TestChains.awaitChained(api, List.of(written));
        TopicPartition tp = partitionOf(written);
        ChainedRecord record = TestChains.records(Map.of(tp, written.offset())).get(tp).get((int) written.offset());
        JsonNode before = TestChains.heads(api).get(tp);

        ChainLedger.Appended again = ledger.append(record);
        ChainLedger.Appended ahead = ledger.append(new ChainedRecord(record.topic(), record.partition(),
                before.path("offset").asLong() + 1_000, record.key(), record.headers(), record.value()));

        assertThat(again.outcome()).isEqualTo(ChainLedger.Outcome.ALREADY_CHAINED);
        assertThat(ahead.outcome()).isEqualTo(ChainLedger.Outcome.GAP);
        JsonNode after = TestChains.heads(api).get(tp);
        assertThat(after.path("offset")).isEqualTo(before.path("offset"));
        assertThat(after.path("hash")).isEqualTo(before.path("hash"));
        assertThat(api.get("/api/chain/links?topic=" + tp.topic() + "&partition=" + tp.partition()
                + "&from=" + (before.path("offset").asLong() + 1_000)).json().path("items")).isEmpty();
    }

    @Test
    void afterARestartTheChainContinuesFromItsStoredHeadWithoutRepeatingOrSkipping() throws Exception {
        Api api = Api.at(port);
        MessageListenerContainer chain = listeners.getListenerContainer("hash-chain");
        TestChains.awaitChained(api, publishSome("khenifra"));
        chain.stop();
        List<RecordMetadata> whileStopped = publishSome("errachidia");
        chain.start();
        TestChains.awaitChained(api, whileStopped);

        for (TopicPartition tp : whileStopped.stream().map(HashChainIT::partitionOf).collect(Collectors.toSet())) {
            JsonNode head = TestChains.heads(api).get(tp);
            List<ChainedRecord> records = TestChains.records(Map.of(tp, head.path("offset").asLong())).get(tp);
            assertThat(TestChains.servedLinks(api, tp)).as("links of %s", tp)
                    .startsWith(TestChains.links(records).toArray(String[]::new));
            assertThat(head.path("count").asLong()).isEqualTo(head.path("offset").asLong() + 1);
        }
    }

    @Test
    void badChainRequestsAnswerProblemDetails() {
        Api api = Api.at(port);
        for (String bad : List.of("/api/chain/links?topic=remacto.network.v1", "/api/chain/links?partition=0",
                "/api/chain/links?topic=remacto.network.v1&partition=first",
                "/api/chain/links?topic=remacto.network.v1&partition=0&from=-1",
                "/api/chain/links?topic=remacto.network.v1&partition=0&limit=0",
                "/api/chain?after=nonsense", "/api/chain?limit=501")) {
            Api.Response response = api.get(bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
        }
        Api.Response unknown = api.get("/api/chain/links?topic=remacto.unknown.v1&partition=0");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
