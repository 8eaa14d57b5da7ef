package ma.remacto.local;

import ma.remacto.infra.EmbeddedKafkaBroker;
import ma.remacto.infra.EmbeddedPostgresServer;
import ma.remacto.infra.ExternalPostgresServer;
import ma.remacto.infra.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine: PostgreSQL (embedded unless {@code REMACTO_DB_URL}), Kafka
 * (embedded unless {@code REMACTO_KAFKA_BOOTSTRAP}), the four services and the gateway, then the
 * demo data through the public API on first start. Data lives under {@code .remacto/} and
 * survives restarts. Every application runs in the {@code local} profile, listens on loopback
 * unless {@code REMACTO_BIND} says otherwise, and keeps its actuator on a loopback port of its own
 * whose metrics need the password kept in {@code .remacto/keys/management.password}.
 */
public final class LocalPlatform implements AutoCloseable {

    private final LocalSettings settings;
    private final ApplicationProcesses applications;
    private Path managementPasswordFile;
    private PostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private String bootstrapServers;
    private long readyMillis;

    private LocalPlatform(LocalSettings settings) {
        this.settings = settings;
        this.applications = new ApplicationProcesses(settings.home());
    }

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = start(LocalSettings.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the REMACTO platform…");
            platform.close();
            System.out.println("Stopped. Data kept in " + platform.settings.home());
            stopped.countDown();
        }, "remacto-shutdown"));
        platform.printWelcome();
        stopped.await();
    }

    /** Starts everything and returns once the platform answers and the demo data is in. */
    public static LocalPlatform start(LocalSettings settings) throws Exception {
        long started = System.nanoTime();
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.boot();
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        platform.readyMillis = (System.nanoTime() - started) / 1_000_000;
        return platform;
    }

    private void boot() throws Exception {
        Path home = settings.home();
        Files.createDirectories(home);
        System.out.println("REMACTO platform: data in " + home);
        applications.reapLeftovers();
        reapPostgres(home.resolve("postgres"));
        Path keyDirectory = home.resolve("keys");
        DevKeys keys = DevKeys.ensure(keyDirectory);
        managementPasswordFile = DevKeys.managementPasswordFile(keyDirectory);
        Map<String, String> secrets = Map.of("REMACTO_MANAGEMENT_PASSWORD", DevKeys.managementPassword(keyDirectory));

        if (settings.externalDbUrl() != null) {
            postgres = new ExternalPostgresServer(settings.externalDbUrl(), settings.dbUser(), settings.dbPassword());
            System.out.println("  PostgreSQL: external, " + settings.externalDbUrl());
        } else {
            postgres = EmbeddedPostgresServer.start(home.resolve("postgres"), settings.postgresPort());
            System.out.println("  PostgreSQL 17: embedded, port " + settings.postgresPort());
        }
        for (Application application : Application.ALL) {
            postgres.ensureDatabase(application.database());
        }
        if (settings.externalKafka() != null) {
            bootstrapServers = settings.externalKafka();
            System.out.println("  Kafka: external, " + bootstrapServers);
        } else {
            kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), settings.kafkaPort());
            bootstrapServers = kafka.bootstrapServers();
            System.out.println("  Kafka (KRaft): embedded, " + bootstrapServers);
        }

        System.out.println("  starting the applications (logs in " + home.resolve("logs") + ")…");
        for (Application application : Application.ALL) {
            Path jar = settings.projectRoot().resolve(application.module()).resolve("target")
                    .resolve(application.module() + ".jar");
            applications.start(application, settings.jvmOptions(), jar, arguments(application, keys), secrets);
        }
        applications.awaitHealthy(settings, Duration.ofSeconds(240));
        applications.supervise();
        System.out.println("  an application that dies from now on is started again");

        Path marker = home.resolve("demo-data.loaded");
        if (settings.tokenIssuer() != null) {
            System.out.println("  tokens: trusted from " + settings.tokenIssuer().issuer()
                    + "; the development issuer is off, and so is the demo data that it signs for");
        } else if (settings.loadDemo() && !Files.exists(marker)) {
            System.out.println("  entering the demo data through the API…");
            new DemoData(settings.gatewayUrl()).load();
            Files.writeString(marker, "demo data entered through the API\n");
        }
    }

    private List<String> arguments(Application application, DevKeys keys) {
        List<String> args = new ArrayList<>();
        args.add("--spring.profiles.active=local");
        args.add("--server.port=" + application.port(settings));
        args.add("--server.address=" + settings.bindAddress());
        args.add("--management.server.port=" + application.managementPort(settings));
        args.add("--management.server.address=" + LocalSettings.LOOPBACK);
        if (settings.tokenIssuer() == null) {
            args.add("--remacto.tokens.issuer=" + DevKeys.ISSUER);
            args.add("--remacto.tokens.public-key-location=file:" + keys.publicKey());
        } else {
            args.add("--remacto.tokens.issuer=" + settings.tokenIssuer().issuer());
            args.add("--remacto.tokens.jwk-set-uri=" + settings.tokenIssuer().jwkSetUri());
        }
        args.add("--spring.datasource.url=" + postgres.jdbcUrl(application.database()));
        args.add("--spring.datasource.username=" + postgres.username());
        args.add("--spring.datasource.password=" + postgres.password());
        if (application.isGateway()) {
            if (settings.tokenIssuer() == null) {
                args.add("--remacto.dev-issuer.private-key-location=" + keys.privateKey());
            }
            for (Application service : Application.ALL) {
                if (!service.isGateway()) {
                    String name = service.module().replace("-service", "");
                    args.add("--remacto.services." + name + "=" + service.baseUrl(settings));
                }
            }
        } else {
            args.add("--spring.kafka.bootstrap-servers=" + bootstrapServers);
        }
        return args;
    }

    /** An embedded PostgreSQL left running by a launcher that was killed holds the data directory. */
    private static void reapPostgres(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(postmaster -> {
            System.out.println("  ending PostgreSQL (pid " + pid + ") left by an earlier run");
            postmaster.destroy();
            postmaster.onExit().join();
        });
    }

    /** The JDBC URL of one of the platform's databases, for tests that look inside. */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String dbUsername() {
        return postgres.username();
    }

    public String dbPassword() {
        return postgres.password();
    }

    public LocalSettings settings() {
        return settings;
    }

    void printWelcome() {
        String gateway = settings.gatewayUrl();
        List<Application> services = Application.ALL.subList(0, 4);
        Application gatewayApplication = Application.ALL.get(4);
        System.out.printf("""

                REMACTO platform ready in %.1f s (applications: %d MB resident).
                  Gateway (the one door):  %s
                  Web dashboards:          %s/ (Arabic; French: %s/?lang=fr)
                  Network dashboard:       %s/api/dashboards/network
                  Members:                 %s/api/collectivities
                  Audit trail:             %s/api/audit
                  Services (direct):       network %s, proposals %s, programs %s, reporting %s
                  Listening on:            %s (REMACTO_BIND)
                  Kafka:                   %s   PostgreSQL: %s
                Metrics (loopback only; HTTP Basic, user prometheus, password in %s):
                  %s/prometheus (gateway)
                  %s/prometheus, %s/prometheus,
                  %s/prometheus, %s/prometheus (services)
                Get a token (local run only, from this machine):
                  curl -s -X POST %s/dev/tokens -H 'Content-Type: application/json' \\
                       -d '{"sub":"operator-1","roles":["NETWORK_OPERATOR"]}'
                  curl -s -X POST %s/dev/tokens -H 'Content-Type: application/json' \\
                       -d '{"sub":"admin-temara","roles":["COLLECTIVITY_ADMIN"],"collectivity":"temara"}'
                Press Ctrl-C to stop; data stays in %s.
                """, readyMillis / 1000.0, applications.residentMemoryKb() / 1024,
                gateway, gateway, gateway, gateway, gateway, gateway,
                services.get(0).baseUrl(settings), services.get(1).baseUrl(settings),
                services.get(2).baseUrl(settings), services.get(3).baseUrl(settings),
                settings.bindAddress(), bootstrapServers, postgres.jdbcUrl("…"), managementPasswordFile,
                gatewayApplication.managementUrl(settings),
                services.get(0).managementUrl(settings), services.get(1).managementUrl(settings),
                services.get(2).managementUrl(settings), services.get(3).managementUrl(settings),
                gateway, gateway, settings.home());
    }

    /** How many times the application of this module was started again after dying. */
    int restarts(String module) {
        return Application.ALL.stream().filter(a -> a.module().equals(module)).findFirst()
                .map(applications::restarts).orElseThrow();
    }

    public long readyMillis() {
        return readyMillis;
    }

    public long applicationsResidentMemoryKb() {
        return applications.residentMemoryKb();
    }

    @Override
    public void close() {
        applications.close();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
