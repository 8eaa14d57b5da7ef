package ma.remacto.programs.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.Topics;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Feeds the proposal replica from the participation topic. Each relevant record is applied in
 * one transaction that first claims its CloudEvent (source, id), so a redelivered event changes
 * nothing; a proposal's status only moves forward in its process's sequence, so an older event
 * arriving late cannot undo a newer review.
 */
class ProposalReplicaListener {

    static final String SUBMITTED = "SUBMITTED";
    /** Submissions of revision 1 (text in clear) are still on the topic: they name a proposal just as well. */
    private static final Set<Class<? extends Record>> RELEVANT = Set.of(ProposalSubmittedEvent.class,
            LegacyProposalSubmittedEvent.class, ProposalReviewedEvent.class, ProposalWithdrawnEvent.class,
            ProposalHiddenEvent.class);
    private static final Logger log = LoggerFactory.getLogger(ProposalReplicaListener.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ProposalReplicaListener(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @KafkaListener(id = ProposalReplicaConfiguration.LISTENER_ID, idIsGroup = false,
            groupId = ProposalReplicaConfiguration.GROUP_ID, topics = Topics.PARTICIPATION,
            containerFactory = ProposalReplicaConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, CloudEvent> record) {
        ReplicaListeners.payload(record, RELEVANT)
                .ifPresent(payload -> transactions.executeWithoutResult(status -> apply(record.value(), payload)));
    }

    private void apply(CloudEvent event, Object payload) {
        if (payload instanceof ProposalSubmittedEvent submitted) {
            if (claim(event)) {
                submitted(submitted.proposalId(), submitted.processId(), submitted.collectivityId());
            }
        } else if (payload instanceof LegacyProposalSubmittedEvent submitted) {
            if (claim(event)) {
                submitted(submitted.proposalId(), submitted.processId(), submitted.collectivityId());
            }
        } else if (payload instanceof ProposalReviewedEvent reviewed) {
            if (claim(event)) {
                status(event, reviewed.proposalId(), reviewed.decision().name());
            }
        } else if (payload instanceof ProposalWithdrawnEvent withdrawn) {
            if (claim(event)) {
                status(event, withdrawn.proposalId(), "WITHDRAWN");
            }
        } else if (payload instanceof ProposalHiddenEvent hidden && claim(event)) {
            status(event, hidden.proposalId(), "HIDDEN");
        }
    }

    private boolean claim(CloudEvent event) {
        return ReplicaListeners.claim(jdbc, "proposal_received_event", event);
    }

    /** A submission names the proposal's process and collectivity; a review seen first keeps its status. */
    private void submitted(String proposalId, String processId, String collectivityId) {
        jdbc.sql("""
                        INSERT INTO proposal_replica (proposal_id, process_id, collectivity_id, status, updated_at)
                        VALUES (:id, :process, :collectivity, :status, now())
                        ON CONFLICT (proposal_id) DO UPDATE SET process_id = EXCLUDED.process_id,
                            collectivity_id = EXCLUDED.collectivity_id, updated_at = EXCLUDED.updated_at""")
                .param("id", proposalId)
                .param("process", processId)
                .param("collectivity", collectivityId)
                .param("status", SUBMITTED)
                .update();
    }

    private void status(CloudEvent event, String proposalId, String status) {
        Object collectivity = event.getExtension(EventMetadata.COLLECTIVITY);
        jdbc.sql("""
                        INSERT INTO proposal_replica (proposal_id, process_id, collectivity_id, status, status_sequence, updated_at)
                        VALUES (:id, :process, :collectivity, :status, CAST(:sequence AS BIGINT), now())
                        ON CONFLICT (proposal_id) DO UPDATE SET status = EXCLUDED.status,
                            status_sequence = COALESCE(EXCLUDED.status_sequence, proposal_replica.status_sequence),
                            updated_at = EXCLUDED.updated_at
                        WHERE EXCLUDED.status_sequence IS NULL OR proposal_replica.status_sequence IS NULL
                           OR EXCLUDED.status_sequence > proposal_replica.status_sequence""")
                .param("id", proposalId)
                .param("process", event.getSubject())
                .param("collectivity", collectivity == null ? null : collectivity.toString())
                .param("status", status)
                .param("sequence", sequence(event))
                .update();
    }

    /** Kafka headers carry extensions as text; a publisher in the same JVM may hand over a number. */
    private static Long sequence(CloudEvent event) {
        Object value = event.getExtension(EventMetadata.SEQUENCE);
        return value == null ? null : Long.valueOf(value.toString());
    }
}
