package ma.remacto.kit.axon;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.CloudEventPublisher;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Axon on the service's own PostgreSQL database: the JDBC event store and token store, in
 * Spring's transactions, so a projection's writes and its token move together. Declared here
 * explicitly because Axon's own JDBC auto-configuration orders itself against class names that
 * Spring Boot 4 moved, and would otherwise fall back to an in-memory bus without transactions.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"})
@ConditionalOnClass(name = "org.axonframework.commandhandling.gateway.CommandGateway")
@Import(AxonProblemDetailsAdvice.class)
@EnableScheduling
public class AxonJdbcAutoConfiguration {

    /** The most events a tracking processor takes in one transaction, unless its service says otherwise. */
    static final int TRACKING_BATCH = 100;

    /** Shares every pooled streaming processor's segments out among the service's live instances. */
    @Bean
    SegmentSharing segmentSharing(DataSource dataSource, ObjectProvider<EventProcessingConfiguration> processing,
                                  @Value("${remacto.processors.heartbeat:5s}") Duration heartbeat) {
        return new SegmentSharing(JdbcClient.create(dataSource), processing, heartbeat);
    }

    /**
     * How every event processor of the service behaves: a handler that fails (the broker away, the
     * database gone) fails its batch, which is rolled back and tried again from its token, instead
     * of being logged and stepped over, which would leave an event unpublished or unprojected for
     * good; a failing subscribing handler fails the command with it. The pooled processors claim
     * their share of the segments and keep the claims of busy batches alive. A tracking processor
     * that a service does not configure takes up to {@value #TRACKING_BATCH} waiting events per
     * transaction: one event at a time, each in a transaction of its own that stores its token,
     * cost a durable commit per processor for every event appended, even for events the processor
     * has no handler for; a quiet processor still handles each event as soon as it is appended.
     */
    @Bean
    ConfigurerModule remactoEventProcessing(SegmentSharing sharing) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) ->
                        builder.maxSegmentProvider(sharing).enableCoordinatorClaimExtension())
                .registerTrackingEventProcessorConfiguration(configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(TRACKING_BATCH)));
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** PostgreSQL's unique_violation (SQLState 23505), wherever it sits in the cause chain. */
    @Bean
    PersistenceExceptionResolver axonPersistenceExceptionResolver() {
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                    if ("23505".equals(sql.getSQLState())) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    /**
     * The event store. An appending transaction may last {@code remacto.events.append-timeout}
     * (default 60 s) from its first append; the streaming processors wait for an index not yet
     * committed for {@code remacto.events.gap-timeout} (default 5 min), which must be longer, so
     * that no acknowledged event commits after they gave up on it.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver exceptions, Configuration configuration,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          DataSource dataSource,
                                          @Value("${remacto.events.append-timeout:60s}") Duration appendTimeout,
                                          @Value("${remacto.events.gap-timeout:5m}") Duration gapTimeout) throws SQLException {
        if (appendTimeout.isNegative() || appendTimeout.isZero() || appendTimeout.compareTo(gapTimeout) >= 0) {
            throw new IllegalStateException("remacto.events.append-timeout (" + appendTimeout
                    + ") must be positive and shorter than remacto.events.gap-timeout (" + gapTimeout + ")");
        }
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()));
        return new BoundedAppendStorageEngine(builder, appendTimeout, serverEndsLongTransactions(dataSource));
    }

    /** Whether the server has {@code transaction_timeout} (PostgreSQL 17 and later). */
    static boolean serverEndsLongTransactions(DataSource dataSource) throws SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseMajorVersion() >= 17;
        }
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, SegmentSharing sharing) {
        return JdbcTokenStore.builder()
                .nodeId(sharing.instance())
                .connectionProvider(connections)
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new PublishedEventRevisionResolver();
    }

    @Bean
    Commands commands(CommandGateway gateway) {
        return new Commands(gateway);
    }

    @Bean
    CorrelationDataProvider auditCorrelation() {
        return new AuditCorrelation();
    }

    @Bean
    CloudEventPublisher cloudEventPublisher(KafkaTemplate<String, CloudEvent> kafka,
                                            @Value("${spring.application.name}") String serviceName) {
        return new CloudEventPublisher(kafka, serviceName);
    }
}
