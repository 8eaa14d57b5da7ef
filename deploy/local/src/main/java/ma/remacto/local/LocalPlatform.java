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
 * (embedded unless {@code REMACTO_KAFKA_BOOTSTRAP}), the four services and the gateway, each in
 * {@code REMACTO_INSTANCES} instances (one by default), then the demo data through the public API
 * on first start. Data lives under {@code .remacto/} and survives restarts. Every application runs
 * in the {@code local} profile, listens on loopback unless {@code REMACTO_BIND} says otherwise, and
 * keeps its actuator on a loopback port of its own whose metrics need the password kept in
 * {@code .remacto/keys/management.password}. The instances of a service share its one database;
 * every gateway balances across every instance of each service, and the first gateway is the
 * public door.
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
        ApplicationInstance.requireDistinctPorts(settings);
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
        // the first instance of each application first: it migrates the schemas and claims the event
        // processors' tokens alone, and does not share the machine's cores with the others while it starts
        List<ApplicationInstance> instances = ApplicationInstance.all(settings);
        List<ApplicationInstance> first = instances.stream().filter(instance -> instance.index() == 0).toList();
        List<ApplicationInstance> others = instances.stream().filter(instance -> instance.index() > 0).toList();
        for (List<ApplicationInstance> wave : List.of(first, others)) {
            for (ApplicationInstance instance : wave) {
                Path jar = settings.projectRoot().resolve(instance.application().module()).resolve("target")
                        .resolve(instance.application().module() + ".jar");
                applications.start(instance, settings.jvmOptions(), jar, arguments(instance, keys), secrets);
            }
            applications.awaitHealthy(wave, settings, Duration.ofSeconds(240));
        }
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

    private List<String> arguments(ApplicationInstance instance, DevKeys keys) {
        Application application = instance.application();
        List<String> args = new ArrayList<>();
        args.add("--spring.profiles.active=local");
        args.add("--server.port=" + instance.port(settings));
        args.add("--server.address=" + settings.bindAddress());
        args.add("--management.server.port=" + instance.managementPort(settings));
        args.add("--management.server.address=" + LocalSettings.LOOPBACK);
        args.add("--remacto.instances=" + settings.instances());
        args.add("--remacto.instance=" + instance.index());
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
                    args.add("--remacto.services." + service.serviceName() + "=" + String.join(",",
                            ApplicationInstance.of(service, settings).stream().map(i -> i.baseUrl(settings)).toList()));
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
        new Welcome(settings).print(readyMillis, applications.residentMemoryKb(), bootstrapServers,
                postgres.jdbcUrl("…"), managementPasswordFile);
    }

    /** How many times the instances of this module were started again after dying, all together. */
    int restarts(String module) {
        return ApplicationInstance.of(application(module), settings).stream().mapToInt(applications::restarts).sum();
    }

    /** How many times this instance of the module was started again after dying. */
    int restarts(String module, int index) {
        return applications.restarts(new ApplicationInstance(application(module), index));
    }

    /** The base URL of an instance of a module, straight (not through the gateway). */
    String instanceUrl(String module, int index) {
        return new ApplicationInstance(application(module), index).baseUrl(settings);
    }

    /** The actuator of an instance of a module, on loopback. */
    String managementUrl(String module, int index) {
        return new ApplicationInstance(application(module), index).managementUrl(settings);
    }

    /** The pid file of an instance of a module, as a test that kills it reads it. */
    Path pidFile(String module, int index) {
        return settings.home().resolve("run").resolve(new ApplicationInstance(application(module), index).name() + ".pid");
    }

    private static Application application(String module) {
        return Application.ALL.stream().filter(a -> a.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application " + module));
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
