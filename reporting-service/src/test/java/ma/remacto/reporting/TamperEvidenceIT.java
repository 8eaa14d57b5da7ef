package ma.remacto.reporting;

import io.cloudevents.CloudEvent;
import ma.remacto.chain.verifier.ChainVerifier;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.reporting.ChainHeadsPublishedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructure;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against reporting's chain: a faithful copy of the network topic verifies, a copy
 * with one record rewritten is reported at exactly that record (by the links) or at the first
 * published head after it (by the heads).
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.chain.publish-interval=1s")
class TamperEvidenceIT {

    @LocalServerPort
    int port;

    private record Run(int status, String out, String err) {
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ChainVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static CloudEvent event(Object payload, String subject, long sequence) {
        return TestStreams.event(PublishedLanguage.typeOf(payload.getClass()), EventJson.write(payload), subject, subject,
                sequence, "reason " + subject, OffsetDateTime.now());
    }

    @Test
    void aRecordRewrittenInACopyIsFoundAtItsOffsetAndAFaithfulCopyVerifies() throws Exception {
        List<CloudEvent> events = new ArrayList<>();
        for (String id : List.of("taza", "guercif", "jerada", "figuig", "zagora", "tinghir")) {
            events.add(event(new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "جماعة", id, null,
                    "oriental", null), id, 0));
            events.add(event(new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 4, 25),
                    Map.of()), id, 1));
        }
        List<RecordMetadata> written = TestStreams.publish(events);
        Api api = Api.at(port);
        TestChains.awaitChained(api, written);
        RecordMetadata tampered = written.get(7);
        TopicPartition tamperedPartition = new TopicPartition(tampered.topic(), tampered.partition());

        Map<TopicPartition, List<ChainedRecord>> records = TestChains.records(TestChains.heads(api).entrySet().stream()
                .filter(head -> head.getKey().topic().equals(Topics.NETWORK))
                .collect(Collectors.toMap(Map.Entry::getKey, head -> head.getValue().path("offset").asLong())));
        String faithful = copy(records, null);
        String rewritten = copy(records, tampered);
        String reporting = "http://localhost:" + port;

        Run ok = verify("--bootstrap", RealInfrastructure.get().bootstrapServers(), "--reporting", reporting,
                "--topics", Topics.NETWORK, "--topic-map", Topics.NETWORK + "=" + faithful);
        assertThat(ok.status()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains(Topics.NETWORK + " partition " + tampered.partition() + ": ok, ")
                .doesNotContain("MISMATCH");

        Run found = verify("--bootstrap", RealInfrastructure.get().bootstrapServers(), "--reporting", reporting,
                "--topics", Topics.NETWORK, "--topic-map", Topics.NETWORK + "=" + rewritten);
        assertThat(found.status()).as(found.toString()).isEqualTo(1);
        assertThat(found.out()).as(found.toString())
                .contains("MISMATCH at topic " + Topics.NETWORK + " partition " + tampered.partition() + " offset "
                        + tampered.offset() + ": expected ")
                .containsOnlyOnce("MISMATCH");
        String expected = TestChains.servedLinks(api, tamperedPartition).get((int) tampered.offset());
        assertThat(found.out()).contains("expected " + expected + ", recomputed ");

        awaitPublishedHeadsCover(records);
        Run byHeads = verify("--bootstrap", RealInfrastructure.get().bootstrapServers(), "--heads",
                "--topics", Topics.NETWORK, "--topic-map", Topics.NETWORK + "=" + rewritten);
        assertThat(byHeads.status()).as(byHeads.toString()).isEqualTo(1);
        assertThat(byHeads.out()).as(byHeads.toString())
                .containsPattern("MISMATCH at topic " + Topics.NETWORK.replace(".", "\\.") + " partition "
                        + tampered.partition() + " offset [0-9]+: .*\\(published head\\); the first altered record is at"
                        + " an offset from [0-9]+ to [0-9]+");
        long headOffset = Long.parseLong(byHeads.out().replaceAll("(?s).*partition " + tampered.partition()
                + " offset ([0-9]+):.*", "$1"));
        long rangeFrom = Long.parseLong(byHeads.out().replaceAll("(?s).*an offset from ([0-9]+) to.*", "$1"));
        assertThat(headOffset).isGreaterThanOrEqualTo(tampered.offset());
        assertThat(rangeFrom).isLessThanOrEqualTo(tampered.offset());
        Run faithfulByHeads = verify("--bootstrap", RealInfrastructure.get().bootstrapServers(), "--heads",
                "--topics", Topics.NETWORK, "--topic-map", Topics.NETWORK + "=" + faithful);
        assertThat(faithfulByHeads.status()).as(faithfulByHeads.toString()).isZero();
    }

    @Test
    void badUsageAndAnUnreachableReportingExitWithTwo() {
        assertThat(verify().status()).isEqualTo(2);
        assertThat(verify("--reporting").status()).isEqualTo(2);
        assertThat(verify("--heads", "--topic-map", "nonsense").status()).isEqualTo(2);
        Run unreachable = verify("--bootstrap", RealInfrastructure.get().bootstrapServers(),
                "--reporting", "http://localhost:1", "--topics", Topics.NETWORK);
        assertThat(unreachable.status()).as(unreachable.toString()).isEqualTo(2);
        assertThat(unreachable.err()).contains("error: ");
    }

    /** Copies the records to a new topic with the same partitions and offsets; the tampered one gets another value. */
    private static String copy(Map<TopicPartition, List<ChainedRecord>> records, RecordMetadata tampered) throws Exception {
        String copy = "copy-of-network-" + UUID.randomUUID();
        int partitions = records.keySet().stream().mapToInt(TopicPartition::partition).max().orElseThrow() + 1;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(copy, partitions, (short) 1))).all().get();
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (List<ChainedRecord> partition : records.values()) {
                for (ChainedRecord record : partition) {
                    byte[] value = record.value();
                    if (tampered != null && record.partition() == tampered.partition()
                            && record.offset() == tampered.offset()) {
                        value = new String(value, StandardCharsets.UTF_8).replace("2024-04-25", "2024-04-24")
                                .getBytes(StandardCharsets.UTF_8);
                        assertThat(value).as("the tampered record is an admission").isNotEqualTo(record.value());
                    }
                    ProducerRecord<byte[], byte[]> copied = new ProducerRecord<>(copy, record.partition(), record.key(),
                            value, record.headers().stream()
                            .map(header -> new RecordHeader(header.name(), header.value())).collect(Collectors.toList()));
                    RecordMetadata landed = producer.send(copied).get();
                    assertThat(landed.offset()).as("copied at the same offset").isEqualTo(record.offset());
                }
            }
        }
        return copy;
    }

    /** Waits until reporting published heads at (or past) the last records copied. */
    private static void awaitPublishedHeadsCover(Map<TopicPartition, List<ChainedRecord>> records) {
        TopicReader.readUntil(Topics.CHAIN, Duration.ofSeconds(30), read -> read.stream()
                .filter(record -> record.value() != null && record.value().getData() != null)
                .map(record -> EventJson.read(record.value().getData().toBytes(), ChainHeadsPublishedEvent.class))
                .anyMatch(snapshot -> records.entrySet().stream().allMatch(partition -> snapshot.heads().stream()
                        .anyMatch(head -> head.topic().equals(partition.getKey().topic())
                                && head.partition() == partition.getKey().partition()
                                && head.offset() >= partition.getValue().size() - 1))));
    }
}
