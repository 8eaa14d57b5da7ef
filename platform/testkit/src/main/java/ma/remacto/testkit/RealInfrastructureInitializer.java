package ma.remacto.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring application at the real infrastructure: a fresh database named after the
 * application, the shared Kafka broker, and the test token issuer's public key.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        String application = context.getEnvironment().getProperty("spring.application.name", "remacto");
        String database = infrastructure.newDatabase(application.replace('-', '_'));
        TestPropertyValues.of(
                "spring.datasource.url=" + infrastructure.postgres().jdbcUrl(database),
                "spring.datasource.username=" + infrastructure.postgres().username(),
                "spring.datasource.password=" + infrastructure.postgres().password(),
                "spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "spring.kafka.consumer.group-id=" + database
        ).and(TestTokens.properties()).applyTo(context);
    }
}
