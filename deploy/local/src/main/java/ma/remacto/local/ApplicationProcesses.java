package ma.remacto.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs each application in a JVM of its own (as in production, where each is a container), logs
 * to {@code .remacto/logs/}, and records the pids so that a start after a crash of the launcher
 * ({@code kill -9}) first ends the applications it left behind.
 */
final class ApplicationProcesses implements AutoCloseable {

    private final Map<Application, Process> running = new LinkedHashMap<>();
    private final Path runDirectory;
    private final Path logDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ApplicationProcesses(Path home) {
        this.runDirectory = home.resolve("run");
        this.logDirectory = home.resolve("logs");
    }

    /** Ends processes a previous launcher left running. */
    void reapLeftovers() throws IOException {
        if (!Files.isDirectory(runDirectory)) {
            return;
        }
        try (var pidFiles = Files.list(runDirectory)) {
            for (Path pidFile : pidFiles.toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(leftover -> {
                    System.out.println("  ending " + pidFile.getFileName() + " (pid " + pid + ") left by an earlier run");
                    leftover.destroy();
                    leftover.onExit().completeOnTimeout(leftover, 15, TimeUnit.SECONDS).join();
                    if (leftover.isAlive()) {
                        leftover.destroyForcibly();
                    }
                });
                Files.delete(pidFile);
            }
        }
    }

    /**
     * Starts one application. Secrets go in {@code environment}, which only the same user can read
     * ({@code /proc/<pid>/environ}), never in the arguments, which every user of the machine sees.
     */
    void start(Application application, List<String> jvmOptions, Path jar, List<String> arguments,
               Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        Files.createDirectories(runDirectory);
        Files.createDirectories(logDirectory);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(application).toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().putAll(environment);
        Process process = builder.start();
        running.put(application, process);
        Files.writeString(runDirectory.resolve(application.module() + ".pid"), Long.toString(process.pid()));
    }

    Path log(Application application) {
        return logDirectory.resolve(application.module() + ".log");
    }

    /** Waits until every application reports UP on its management port, failing fast when one of them dies. */
    void awaitHealthy(LocalSettings settings, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Application> waiting = new ArrayList<>(running.keySet());
        while (!waiting.isEmpty()) {
            for (Application application : List.copyOf(waiting)) {
                Process process = running.get(application);
                if (!process.isAlive()) {
                    throw new IllegalStateException(application.module() + " stopped (exit " + process.exitValue()
                            + "); the end of " + log(application) + ":\n" + tail(log(application)));
                }
                if (healthy(application.managementUrl(settings))) {
                    waiting.remove(application);
                    System.out.println("  " + application.module() + " is up on port " + application.port(settings));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not up after " + timeout.toSeconds() + " s: " + waiting);
            }
            if (!waiting.isEmpty()) {
                Thread.sleep(500);
            }
        }
    }

    private boolean healthy(String actuatorUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(actuatorUrl + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    long residentMemoryKb() {
        return running.values().stream().mapToLong(p -> rssKb(p.pid())).sum();
    }

    static long rssKb(long pid) {
        try {
            Optional<String> line = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst();
            return line.map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Stops the applications, gateway first, each with a grace period for a clean shutdown. */
    @Override
    public void close() {
        List<Application> order = new ArrayList<>(running.keySet());
        java.util.Collections.reverse(order);
        for (Application application : order) {
            running.get(application).destroy();
        }
        for (Application application : order) {
            Process process = running.get(application);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
                Files.deleteIfExists(runDirectory.resolve(application.module() + ".pid"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        running.clear();
    }
}
