package ma.remacto.reporting.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The hash chain over the context topics.
 *
 * @param groupId         the chain consumer's group; its position lives in the database, not in the group
 * @param publishInterval how often the heads are published on {@code remacto.chain.v1} (only when one moved)
 */
@ConfigurationProperties("remacto.chain")
public record ChainProperties(
        String groupId,
        @DefaultValue("30s") Duration publishInterval) {
}
