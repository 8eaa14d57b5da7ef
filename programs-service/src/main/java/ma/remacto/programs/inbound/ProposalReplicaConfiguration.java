package ma.remacto.programs.inbound;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, Object> config = new HashMap<>(serviceConsumers.getConfigurationProperties());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<String, CloudEvent>(config, StringDeserializer::new,
                () -> new ErrorHandlingDeserializer<>(new CloudEventDeserializer())));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
        errors.addNotRetryableExceptions(UncheckedIOException.class);
        factory.setCommonErrorHandler(errors);
        return factory;
    }
}
