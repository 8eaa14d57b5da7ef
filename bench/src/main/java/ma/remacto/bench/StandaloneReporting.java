package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.infra.EmbeddedKafkaBroker;
import ma.remacto.infra.EmbeddedPostgresServer;
import ma.remacto.testkit.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * reporting-service in a JVM of its own, fed by a PostgreSQL and a Kafka of its own that the
 * benchmark fills with {@link SampleEvents}: what the rebuild and read benchmarks measure.
 * Run from the project's root, after {@code reporting-service} is packaged. Closing it stops all
 * three and deletes the topics' data; the service's log stays.
 */
final class StandaloneReporting implements AutoCloseable {

    static final List<String> TOPICS = List.of("remacto.network.v1", "remacto.participation.v1", "remacto.programs.v1");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATABASE = "remacto_reporting";

    private final Path home;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String operator = TestTokens.operator();
    private Process service;
    private long serviceStarted;
    private String baseUrl;

    private StandaloneReporting(Path home, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.home = home;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts PostgreSQL and Kafka (data in {@code home}) and creates the three topics, three partitions each. */
    static StandaloneReporting infrastructure(Path home) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0);
        EmbeddedKafkaBroker kafka;
        try {
            kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), 0);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        StandaloneReporting reporting = new StandaloneReporting(home, postgres, kafka);
        try {
            postgres.ensureDatabase(DATABASE);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
            }
            return reporting;
        } catch (Exception e) {
            reporting.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Starts the service with these JVM options; it begins to take the topics at once. */
    void startService(String jvmOptions) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers()));
        TestTokens.properties().forEach(property -> command.add("--" + property));
        serviceStarted = System.nanoTime();
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
        baseUrl = "http://localhost:" + port;
    }

    String baseUrl() {
        return baseUrl;
    }

    Path log() {
        return home.resolve("reporting-service.log");
    }

    /** Waits until the live projections have applied {@code events} records; returns the seconds since the service started. */
    double awaitLive(long events) throws Exception {
        long last = -1;
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("reporting-service ended with " + service.exitValue() + ", see " + log());
            }
            Thread.sleep(2000);
            JsonNode status;
            try {
                status = status();
            } catch (IOException e) {
                continue; // still starting
            }
            long applied = 0;
            for (JsonNode position : status.path("positions")) {
                applied += position.path("position").asLong();
            }
            if (applied != last) {
                System.out.printf("  live projections: %,d of %,d events%n", applied, events);
                last = applied;
            }
            if (applied >= events) {
                return (System.nanoTime() - serviceStarted) / 1e9;
            }
        }
    }

    /** Waits until the hash chain has taken every record too, so that what is measured next runs alone. */
    void awaitChain(long events) throws Exception {
        long start = System.nanoTime();
        while (true) {
            long chained = 0;
            for (JsonNode head : JSON.readTree(get("/api/chain?limit=100").body()).path("items")) {
                chained += head.path("count").asLong();
            }
            if (chained >= events) {
                System.out.printf("hash chain took all %,d records %.1f s later%n", chained, (System.nanoTime() - start) / 1e9);
                return;
            }
            Thread.sleep(2000);
        }
    }

    /** {@code GET /api/admin/projections} as the operator: positions, tables and the latest rebuild. */
    JsonNode status() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/projections"))
                        .header("Authorization", "Bearer " + operator).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** {@code POST /api/admin/projections/rebuild} as the operator. */
    JsonNode startRebuild() throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/projections/rebuild"))
                        .header("Authorization", "Bearer " + operator).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The service's peak resident memory so far, in MB (-1 off Linux). */
    long peakResidentMb() {
        return memoryKb("VmHWM") / 1024;
    }

    /** The service's resident memory now, in MB (-1 off Linux). */
    long residentMb() {
        return memoryKb("VmRSS") / 1024;
    }

    /** CPU time the service has used so far. */
    Optional<Duration> cpu() {
        return service.info().totalCpuDuration();
    }

    private long memoryKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has ended
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                kafka.close();
                deleteKafkaLog();
            } finally {
                postgres.close();
            }
        }
    }

    /** A million events take several hundred megabytes of topics; the service log stays. */
    private void deleteKafkaLog() {
        try (Stream<Path> files = Files.walk(home.resolve("kafka"))) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.out.printf("could not delete %s: %s%n", home.resolve("kafka"), e);
        }
    }

    private static Path jar() {
        Path jar = Path.of("reporting-service/target/reporting-service.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build reporting-service first: " + jar.toAbsolutePath() + " is missing");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
