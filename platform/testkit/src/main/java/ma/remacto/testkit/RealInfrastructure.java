package ma.remacto.testkit;

import ma.remacto.infra.EmbeddedKafkaBroker;
import ma.remacto.infra.EmbeddedPostgresServer;
import ma.remacto.infra.ExternalPostgresServer;
import ma.remacto.infra.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server and a real Kafka broker, started once per test JVM and shared by
 * its tests: containers where a Docker engine answers, embedded servers otherwise. When neither
 * can start, the test fails; it never skips.
 */
public final class RealInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(RealInfrastructure.class);
    private static RealInfrastructure instance;

    private final PostgresServer postgres;
    private final String bootstrapServers;
    private final String mode;
    private final AtomicInteger databases = new AtomicInteger();

    private RealInfrastructure(PostgresServer postgres, String bootstrapServers, String mode) {
        this.postgres = postgres;
        this.bootstrapServers = bootstrapServers;
        this.mode = mode;
    }

    /** The shared infrastructure, started on first use. */
    public static synchronized RealInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RealInfrastructure start() {
        long started = System.nanoTime();
        RealInfrastructure infrastructure = dockerAvailable() ? containers() : embedded();
        log.info("test infrastructure ({}) up in {} ms: Kafka at {}", infrastructure.mode,
                (System.nanoTime() - started) / 1_000_000, infrastructure.bootstrapServers);
        return infrastructure;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static RealInfrastructure containers() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");
        pg.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            pg.stop();
        }));
        String base = pg.getJdbcUrl().substring(0, pg.getJdbcUrl().lastIndexOf('/') + 1);
        return new RealInfrastructure(new ExternalPostgresServer(base, pg.getUsername(), pg.getPassword()),
                kafka.getBootstrapServers(), "Testcontainers");
    }

    private static RealInfrastructure embedded() {
        try {
            Path home = Files.createTempDirectory("remacto-test-");
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0);
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                pg.close();
            }));
            return new RealInfrastructure(pg, kafka.bootstrapServers(), "embedded");
        } catch (Exception e) {
            throw new IllegalStateException("neither Docker nor the embedded PostgreSQL and Kafka could start", e);
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates a fresh, empty database whose name starts with the prefix, and returns its name. */
    public String newDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
        postgres.ensureDatabase(name);
        return name;
    }
}
