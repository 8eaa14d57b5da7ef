package ma.remacto.kit.membership;

import io.cloudevents.CloudEvent;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.Topics;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Feeds the membership replica from the network topic. It applies only
 * {@link MembershipStandingChangedEvent}, the standing network-service decided: whether a
 * collectivity is in good standing is network-service's rule, not this replica's. Each such
 * record is applied in one database transaction that first claims its CloudEvent (source, id),
 * so a redelivered event changes nothing; and a collectivity's row only moves forward in its
 * aggregate's sequence, so an older event arriving late cannot undo a newer one.
 *
 * <p>A replica fed before standing events existed holds rows derived from the membership events
 * by the same rule; the standing events that follow carry later sequences and continue them.
 * network-service recorded one standing event for every collectivity whose standing last changed
 * before, so a replica built afresh from the topic's beginning is complete as well.
 */
class MembershipReplicaListener {

    private static final Logger log = LoggerFactory.getLogger(MembershipReplicaListener.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    MembershipReplicaListener(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @KafkaListener(id = MembershipReplicaAutoConfiguration.LISTENER_ID, idIsGroup = false,
            groupId = MembershipReplicaAutoConfiguration.GROUP_ID, topics = Topics.NETWORK,
            containerFactory = MembershipReplicaAutoConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, CloudEvent> record) {
        ReplicaListeners.payload(record, Set.of(MembershipStandingChangedEvent.class))
                .map(MembershipStandingChangedEvent.class::cast)
                .ifPresent(standing -> transactions.executeWithoutResult(status -> apply(record.value(), standing)));
    }

    private void apply(CloudEvent event, MembershipStandingChangedEvent change) {
        if (!ReplicaListeners.claim(jdbc, "membership_received_event", event)) {
            return;
        }
        // An event without a sequence cannot be ordered; it is applied as it comes.
        int applied = jdbc.sql("""
                        INSERT INTO membership_replica (collectivity_id, in_good_standing, last_type, last_sequence, updated_at)
                        VALUES (:collectivityId, :inGoodStanding, :type, CAST(:sequence AS BIGINT), now())
                        ON CONFLICT (collectivity_id) DO UPDATE SET
                            in_good_standing = EXCLUDED.in_good_standing,
                            last_type = EXCLUDED.last_type,
                            last_sequence = COALESCE(EXCLUDED.last_sequence, membership_replica.last_sequence),
                            updated_at = EXCLUDED.updated_at
                        WHERE EXCLUDED.last_sequence IS NULL OR membership_replica.last_sequence IS NULL
                           OR EXCLUDED.last_sequence > membership_replica.last_sequence""")
                .param("collectivityId", change.collectivityId())
                .param("inGoodStanding", change.inGoodStanding())
                .param("type", event.getType())
                .param("sequence", sequence(event))
                .update();
        if (applied == 0) {
            log.debug("event {} ({}) is older than what the replica holds for {}", event.getId(), event.getType(),
                    change.collectivityId());
        }
    }

    /** Kafka headers carry extensions as text; a publisher in the same JVM may hand over a number. */
    private static Long sequence(CloudEvent event) {
        Object value = event.getExtension(EventMetadata.SEQUENCE);
        return value == null ? null : Long.valueOf(value.toString());
    }
}
