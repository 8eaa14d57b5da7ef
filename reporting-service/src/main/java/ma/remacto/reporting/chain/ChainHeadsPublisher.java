package ma.remacto.reporting.chain;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.events.chain.HashChain;
import ma.remacto.events.reporting.ChainHead;
import ma.remacto.events.reporting.ChainHeadsPublishedEvent;
import ma.remacto.kit.kafka.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ma.remacto.reporting.inbound.ProjectionLocks;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the heads of every chain on {@code remacto.chain.v1} as one CloudEvent, periodically
 * and only when a head moved since the last publication. Every snapshot has the same key, so the
 * snapshots stay in order on one partition. Where several instances run, the one that takes
 * {@link ProjectionLocks#CHAIN_HEADS} first publishes; the others find the heads published.
 */
@Component
class ChainHeadsPublisher {

    static final String KEY = "chain-heads";
    private static final Logger log = LoggerFactory.getLogger(ChainHeadsPublisher.class);

    private record PublishableHead(ChainHead head, Long publishedOffset) {
    }

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final URI source;
    private final TransactionTemplate transactions;

    ChainHeadsPublisher(JdbcClient jdbc, KafkaTemplate<String, CloudEvent> kafka, TransactionTemplate transactions,
                        @Value("${spring.application.name}") String application) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.source = URI.create("/remacto/" + application);
    }

    @Scheduled(fixedDelayString = "${remacto.chain.publish-interval:30s}",
            initialDelayString = "${remacto.chain.publish-interval:30s}")
    void publishMovedHeads() {
        transactions.executeWithoutResult(status -> {
            boolean publisher = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:space, :lock)")
                    .param("space", ProjectionLocks.SPACE).param("lock", ProjectionLocks.CHAIN_HEADS)
                    .query(Boolean.class).single());
            if (publisher) {
                publishUnderLock();
            }
        });
    }

    private void publishUnderLock() {
        List<PublishableHead> heads = jdbc.sql("""
                        SELECT topic, partition, "offset", hash, count, published_offset FROM chain_head
                        ORDER BY topic, partition""")
                .query((rs, n) -> new PublishableHead(new ChainHead(rs.getString("topic"), rs.getInt("partition"),
                        rs.getLong("offset"), HashChain.hex(rs.getBytes("hash")), rs.getLong("count")),
                        (Long) rs.getObject("published_offset")))
                .list();
        if (heads.stream().allMatch(h -> Objects.equals(h.publishedOffset(), h.head().offset()))) {
            return;
        }
        ChainHeadsPublishedEvent payload = new ChainHeadsPublishedEvent(heads.stream().map(PublishableHead::head).toList());
        String type = PublishedLanguage.typeOf(ChainHeadsPublishedEvent.class);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withType(type)
                .withSource(source)
                .withSubject(KEY)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataSchema(URI.create("urn:remacto:schema:" + type))
                .withData("application/json", EventJson.write(payload))
                .build();
        try {
            kafka.send(Topics.CHAIN, KEY, event).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing the chains' heads failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the chains' heads", e);
        }
        for (ChainHead head : payload.heads()) {
            jdbc.sql("UPDATE chain_head SET published_offset = :offset WHERE topic = :topic AND partition = :partition")
                    .param("offset", head.offset())
                    .param("topic", head.topic())
                    .param("partition", head.partition())
                    .update();
        }
        log.info("published the heads of {} chains on {}", payload.heads().size(), Topics.CHAIN);
    }
}
