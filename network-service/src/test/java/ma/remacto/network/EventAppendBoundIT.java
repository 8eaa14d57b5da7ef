package ma.remacto.network;

import ma.remacto.testkit.RealInfrastructureTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction that appended events may not outlast the append timeout, so that it can never
 * commit after the streaming processors stopped waiting for its global index (the gap timeout):
 * held open past it, it is ended by the server and nothing of it is stored; one within it commits.
 */
@RealInfrastructureTest
@TestPropertySource(properties = {"remacto.events.append-timeout=1s", "remacto.events.gap-timeout=10s"})
class EventAppendBoundIT {

    @Autowired
    EventStorageEngine events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAppendingTransactionHeldPastTheBoundIsEndedAndStoresNothing() {
        String late = "late-" + UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.appendEvents(List.of(event(late)));
            sleep(2_500);
        })).isInstanceOf(RuntimeException.class);
        assertThat(stored(late)).isZero();

        String prompt = "prompt-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.appendEvents(List.of(event(prompt)));
            sleep(200);
        });
        assertThat(stored(prompt)).isEqualTo(1);
    }

    private long stored(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregate).query(Long.class).single();
    }

    private static GenericDomainEventMessage<Map<String, String>> event(String aggregate) {
        return new GenericDomainEventMessage<>("BoundTest", aggregate, 0, Map.of("note", "bound test"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
