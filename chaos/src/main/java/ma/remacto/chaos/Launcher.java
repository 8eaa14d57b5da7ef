package ma.remacto.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher of the local run ({@code deploy/local/target/remacto-local.jar}) as a process of the
 * run, on the run's PostgreSQL and Kafka (external to it), its ports shifted to the run's. It starts
 * and supervises the applications: one that dies is started again.
 */
final class Launcher implements AutoCloseable {

    /** The launcher prints this once every application is up. */
    private static final String READY = "REMACTO platform ready";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(8);

    private final ChaosOptions options;
    private final Path home;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    Launcher(ChaosOptions options, Path home) {
        this.options = options;
        this.home = home;
        this.log = home.resolve("launcher.log");
    }

    Path home() {
        return home;
    }

    /**
     * The applications' JVM options: the local run's, a short consumer session, a short gap timeout
     * (so that a late event costs seconds), no rate limits (not under test).
     */
    static String jvmOptions() {
        return "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m"
                + " -Dspring.kafka.consumer.properties.session.timeout.ms=" + ChaosOptions.SESSION_TIMEOUT.toMillis()
                + " -Dspring.kafka.consumer.properties.heartbeat.interval.ms=2000"
                + " -Dremacto.events.gap-timeout=" + ChaosOptions.GAP_TIMEOUT.toSeconds() + "s"
                + " -Dremacto.events.append-timeout=" + ChaosOptions.APPEND_TIMEOUT.toSeconds() + "s"
                + " -Dremacto.rate-limits.enabled=false";
    }

    void start(Postgres postgres, KafkaBroker kafka) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Ports ports = options.ports();
        Path jar = options.projectRoot().resolve("deploy/local/target/remacto-local.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package -pl chaos -am");
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-jar", jar.toString())
                .directory(options.projectRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("REMACTO_HOME", home.toString());
        env.put("REMACTO_ROOT", options.projectRoot().toString());
        env.put("REMACTO_DB_URL", postgres.serverUrl());
        env.put("REMACTO_DB_USER", Postgres.USER);
        env.put("REMACTO_DB_PASSWORD", Postgres.PASSWORD);
        env.put("REMACTO_KAFKA_BOOTSTRAP", kafka.bootstrap());
        env.put("REMACTO_INSTANCES", Integer.toString(options.instances()));
        env.put("REMACTO_GATEWAY_PORT", Integer.toString(ports.gateway()));
        env.put("REMACTO_SERVICE_PORT", Integer.toString(ports.firstService()));
        env.put("REMACTO_MANAGEMENT_PORT", Integer.toString(ports.management()));
        env.put("REMACTO_JVM_OPTS", jvmOptions());
        env.put("REMACTO_DEMO_DATA", "false");
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = builder.start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!output().contains(READY)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the launcher stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform was not ready after " + READY_TIMEOUT.toMinutes()
                        + " min:\n" + tail());
            }
            Thread.sleep(500);
        }
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private String tail() throws IOException {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    List<Instance> instances() {
        return Instance.all(options.instances());
    }

    long pid(Instance instance) throws IOException {
        return instance.pid(home);
    }

    boolean healthy(Instance instance) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(instance.healthUrl(options.ports())))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean allHealthy() {
        return instances().stream().allMatch(this::healthy);
    }

    /** SIGTERM: the launcher stops every application cleanly. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
