package ma.remacto.reporting;

import io.cloudevents.CloudEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.reporting.inbound.EventApplier;
import ma.remacto.testkit.RealInfrastructureTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two live batches applied at once (two threads or two instances): the one that numbers its
 * audit entries second waits until the first has committed, so positions follow commit order
 * and a reader who has seen a position never meets a smaller one later.
 */
@RealInfrastructureTest
class AuditOrderIT {

    private static final String TOPIC = "remacto.audit-order-test.v1";

    @Autowired
    EventApplier applier;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchNumberedWhileAnotherIsUncommittedWaitsForItsCommitAndComesAfterIt() throws Exception {
        String first = "order-a-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "order-b-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch firstNumbered = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Void> firstBatch = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            applier.apply(batch(first, 0, 0));
            firstNumbered.countDown();
            try {
                assertThat(commitFirst.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(firstNumbered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> secondBatch = CompletableFuture.runAsync(() ->
                transactions.executeWithoutResult(status -> applier.apply(batch(second, 1, 0))));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'""")
                .query(Long.class).single() == 1);
        assertThat(secondBatch).as("the second batch waits for the first one's commit").isNotDone();
        assertThat(positions(first)).as("nothing of the first batch is visible yet").isEmpty();
        assertThat(positions(second)).isEmpty();

        commitFirst.countDown();
        firstBatch.get(30, TimeUnit.SECONDS);
        secondBatch.get(30, TimeUnit.SECONDS);
        List<Long> firstPositions = positions(first);
        List<Long> secondPositions = positions(second);
        assertThat(firstPositions).hasSize(3);
        assertThat(secondPositions).hasSize(3);
        assertThat(secondPositions.get(0)).isGreaterThan(firstPositions.get(2));
    }

    private List<Long> positions(String collectivity) {
        return jdbc.sql("SELECT position FROM audit_entry WHERE collectivity = :c ORDER BY position")
                .param("c", collectivity).query(Long.class).list();
    }

    private static List<ConsumerRecord<String, CloudEvent>> batch(String collectivity, int partition, long firstOffset) {
        List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String member = collectivity + "-" + i;
            CloudEvent event = TestStreams.event(TestFeed.type(new CollectivityRegisteredEvent(member,
                            CollectivityKind.COMMUNE, "جماعة", "Commune " + member, null, "rabat-sale-kenitra", "Rabat")),
                    EventJson.write(new CollectivityRegisteredEvent(member, CollectivityKind.COMMUNE, "جماعة",
                            "Commune " + member, null, "rabat-sale-kenitra", "Rabat")),
                    member, collectivity, 0, null, OffsetDateTime.now());
            records.add(new ConsumerRecord<>(TOPIC, partition, firstOffset + i, member, event));
        }
        return records;
    }
}
