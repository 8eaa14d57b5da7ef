package ma.remacto.kit.membership;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class MembershipReplicaAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MembershipReplicaAutoConfiguration.class))
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
            .withBean(ConsumerFactory.class, () -> new DefaultKafkaConsumerFactory<>(Map.of()));

    @Test
    void aServiceHasNoReplicaUnlessItAsksForOne() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Membership.class)
                .doesNotHaveBean(MembershipReplicaListener.class));
        runner.withPropertyValues("remacto.membership-replica.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Membership.class));
    }

    @Test
    void theEnableFlagIsAllAServiceNeeds() {
        runner.withPropertyValues("remacto.membership-replica.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(Membership.class)
                        .hasSingleBean(MembershipReplicaListener.class)
                        .hasBean(MembershipReplicaAutoConfiguration.CONTAINER_FACTORY));
    }
}
