package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.reporting.inbound.EventApplier;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partitions are applied at once (a rebuild's workers, several instances), each in a transaction
 * that does not see what the other has not committed. A submission applied while its erasure's
 * transaction is still open waits for it, and ends redacted. The records are applied directly,
 * as the listener would apply them, to control when each transaction commits.
 */
@RealInfrastructureTest
class ConcurrentRedactionIT {

    private static final String TOPIC = "remacto.concurrency-test";

    @LocalServerPort
    int port;

    @Autowired
    EventApplier applier;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionAppliedWhileItsErasureIsUncommittedWaitsForItAndEndsRedacted() throws Exception {
        String collectivity = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        String process = collectivity + "-process";
        String proposal = process + "-p1";
        ConsumerRecord<String, CloudEvent> erasure = record(0, collectivity, "erasure-" + collectivity,
                new PersonalDataErasedEvent("erasure-" + collectivity, List.of(proposal)));
        ConsumerRecord<String, CloudEvent> submission = record(1, collectivity, process,
                new LegacyProposalSubmittedEvent(proposal, process, collectivity, ProposalChannel.DIGITAL_PLATFORM, null,
                        "عنوان متزامن", "نص متزامن", null, null, "citizen-1", null));
        CountDownLatch erasureApplied = new CountDownLatch(1);
        CountDownLatch commitErasure = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> erasing = threads.submit(() -> transactions.executeWithoutResult(status -> {
                applier.apply(List.of(erasure));
                erasureApplied.countDown();
                awaitQuietly(commitErasure);
            }));
            assertThat(erasureApplied.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> submitting = threads.submit(() ->
                    transactions.executeWithoutResult(status -> applier.apply(List.of(submission))));

            await("the submission waits for the lock of the text").atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.sql("""
                                    SELECT count(*) FROM pg_locks
                                    WHERE locktype = 'advisory' AND NOT granted
                                      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                            .query(Long.class).single() > 0);
            commitErasure.countDown();
            erasing.get(10, TimeUnit.SECONDS);
            submitting.get(10, TimeUnit.SECONDS);
        } finally {
            commitErasure.countDown();
            threads.shutdownNow();
        }

        JsonNode items = Api.at(port).get("/api/audit?collectivity=" + collectivity).json().path("items");
        assertThat(items).hasSize(2);
        JsonNode submitted = items.findParents("proposalId").get(0);
        assertThat(submitted.path("title").asText()).isEqualTo("[erased]");
        assertThat(submitted.path("body").asText()).isEqualTo("[erased]");
        assertThat(items.toString()).doesNotContain("عنوان متزامن", "نص متزامن");
    }

    private static ConsumerRecord<String, CloudEvent> record(int partition, String collectivity, String subject,
                                                             Object payload) {
        CloudEvent event = TestStreams.event(TestFeed.type(payload), EventJson.write(payload), subject, collectivity,
                0, null, OffsetDateTime.now());
        return new ConsumerRecord<>(TOPIC, partition, 0, subject, event);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never told to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
