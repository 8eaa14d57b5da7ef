package ma.remacto.kit;

import ma.remacto.kit.documents.DocumentPolicy;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.KeyRing;
import ma.remacto.kit.kafka.TopicProperties;
import ma.remacto.kit.security.Pseudonyms;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.unit.DataSize;

/** What every REMACTO service gets by depending on the service kit. */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
@Import({ProblemDetailsAdvice.class, ServiceSecurityConfiguration.class})
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyRing keyRing(JdbcClient jdbc, Environment environment) {
        return new KeyRing(jdbc, environment);
    }

    @Bean
    @ConditionalOnMissingBean
    Pseudonyms pseudonyms(KeyRing keys) {
        return new Pseudonyms(() -> keys.key(Pseudonyms.KEY));
    }

    @Bean
    @ConditionalOnMissingBean
    DataKeys dataKeys(JdbcClient jdbc) {
        return new DataKeys(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentPolicy documentPolicy(@Value("${remacto.documents.max-size:5MB}") DataSize maxSize) {
        return new DocumentPolicy(maxSize);
    }

    @Bean
    @ConditionalOnMissingBean
    DocumentStore documentStore(JdbcClient jdbc) {
        return new DocumentStore(jdbc);
    }

    @Bean
    KafkaAdmin.NewTopics remactoTopics(TopicProperties properties) {
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .config("retention.ms", "-1")
                        .build())
                .toArray(NewTopic[]::new));
    }
}
