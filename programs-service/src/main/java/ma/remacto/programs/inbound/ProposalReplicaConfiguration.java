package ma.remacto.programs.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * The local replica of the participation context's proposals, fed from
 * {@code remacto.participation.v1} in the same way as the service kit's membership replica: its
 * own consumer group, from the beginning of the topic, one transaction per record.
 */
@Configuration(proxyBeanMethods = false)
class ProposalReplicaConfiguration {

    static final String LISTENER_ID = "programs-proposal-replica";
    /** One group per replica database, suffixed so that no other listener of the service shares it. */
    static final String GROUP_ID = "${spring.kafka.consumer.group-id:${spring.application.name}}-proposals";
    static final String CONTAINER_FACTORY = "proposalReplicaListenerContainerFactory";

    @Bean
    ProposalReplica proposalReplica(JdbcClient jdbc) {
        return new ProposalReplica(jdbc);
    }

    @Bean
    ProposalReplicaListener proposalReplicaListener(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new ProposalReplicaListener(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Commits each record's offset after its transaction; skips, after logging, records that are
     * not CloudEvents or whose data does not parse; retries anything else without end, since a
     * skipped review would leave a retained proposal unknown.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> proposalReplicaListenerContainerFactory(
            ConsumerFactory<?, ?> serviceConsumers) {
        return ReplicaListeners.containerFactory(serviceConsumers);
    }
}
