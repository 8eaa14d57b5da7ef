package ma.remacto.participation.inbound;

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
 * The links from proposals to the projects that answer them, fed from {@code remacto.programs.v1}
 * in the same way as the service kit's membership replica: its own consumer group, from the
 * beginning of the topic, one transaction per record.
 */
@Configuration(proxyBeanMethods = false)
class ProjectLinkConfiguration {

    static final String LISTENER_ID = "proposals-project-links";
    /**
     * One group per database, suffixed so that no other listener of the service shares it. The
     * {@code -2} group reads the topic again from its beginning, once, for the records the first
     * group passed over (programs, later links, removals); those it applied are claimed and skipped.
     */
    static final String GROUP_ID = "${spring.kafka.consumer.group-id:${spring.application.name}}-programs-2";
    static final String CONTAINER_FACTORY = "projectLinkListenerContainerFactory";

    @Bean
    ProjectLinkListener projectLinkListener(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new ProjectLinkListener(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Commits each record's offset after its transaction; skips, after logging, records that are
     * not CloudEvents or whose data does not parse; retries anything else without end, since a
     * skipped project would leave its proposals without it.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> projectLinkListenerContainerFactory(
            ConsumerFactory<?, ?> serviceConsumers) {
        return ReplicaListeners.containerFactory(serviceConsumers);
    }
}
