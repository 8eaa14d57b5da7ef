package ma.remacto.chaos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The run's Kafka broker: a {@link KafkaProcess} JVM on a fixed port and log directory, which a
 * fault kills ({@code kill -9}) and which is started again on the same log.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path logDirectory;
    private final int port;
    private final Path log;
    private Process process;

    KafkaBroker(Path logDirectory, int port, Path log) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.log = log;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    Path logDirectory() {
        return logDirectory;
    }

    /** Starts the broker and returns once it prints that it listens. */
    synchronized void start() throws IOException, InterruptedException {
        Files.createDirectories(logDirectory);
        ProcessBuilder builder = new ProcessBuilder(JavaMain.command(KafkaProcess.class,
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                List.of(logDirectory.toString(), Integer.toString(port))))
                .redirectErrorStream(true);
        process = builder.start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Process started = process;
        Thread pump = new Thread(() -> pump(started, ready), "kafka-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Kafka broker ended before it was ready; see " + log);
            }
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the Kafka broker did not start; see " + log, e);
        }
    }

    private void pump(Process started, CompletableFuture<Boolean> ready) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                if (line.startsWith(KafkaProcess.READY)) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // the broker's output closes when it dies
        }
        ready.complete(false);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9} of the broker's JVM; returns once it is gone. */
    synchronized void kill() throws InterruptedException {
        Signals.kill(process.toHandle());
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
