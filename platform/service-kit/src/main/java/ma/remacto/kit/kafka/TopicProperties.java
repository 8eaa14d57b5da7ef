package ma.remacto.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The topics a service makes sure exist at start-up (its own, and those it reads).
 *
 * @param topics            topic names
 * @param partitions        partitions of a new topic
 * @param replicationFactor replicas of a new topic (1 on one broker, 3 in production)
 */
@ConfigurationProperties("remacto.kafka")
public record TopicProperties(
        @DefaultValue List<String> topics,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
