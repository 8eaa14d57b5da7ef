package ma.remacto.kit.membership;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * A local replica of which collectivities are members in good standing of the network, for a
 * service that must refuse work for others ({@link Membership}). Enabled by
 * {@code remacto.membership-replica.enabled=true}; the service adds {@code classpath:db/membership}
 * to {@code spring.flyway.locations} and {@code remacto.network.v1} to {@code remacto.kafka.topics}.
 *
 * <p>The consumer has its own group and settings, so it needs none of the service's
 * {@code spring.kafka.consumer} properties and leaves the service's other listeners alone.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnProperty(prefix = "remacto.membership-replica", name = "enabled", havingValue = "true")
public class MembershipReplicaAutoConfiguration {

    /** The id of the replica's listener container (in the {@code KafkaListenerEndpointRegistry}). */
    public static final String LISTENER_ID = "remacto-membership-replica";
    /**
     * One group per replica database: the service's consumer group when it sets one (tests give
     * each fresh database its own), else its application name; suffixed so that no other
     * listener of the service shares it.
     */
    static final String GROUP_ID = "${spring.kafka.consumer.group-id:${spring.application.name}}-membership";
    static final String CONTAINER_FACTORY = "membershipReplicaListenerContainerFactory";

    @Bean
    Membership membership(JdbcClient jdbc) {
        return new Membership(jdbc);
    }

    @Bean
    MembershipReplicaListener membershipReplicaListener(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new MembershipReplicaListener(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Reads the topic from its beginning, commits each record's offset after its transaction,
     * skips records that are not CloudEvents (or whose data does not parse) after logging them,
     * and otherwise retries without end: a skipped membership change would leave the replica wrong.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> membershipReplicaListenerContainerFactory(
            ConsumerFactory<?, ?> serviceConsumers) {
        return ReplicaListeners.containerFactory(serviceConsumers);
    }
}
