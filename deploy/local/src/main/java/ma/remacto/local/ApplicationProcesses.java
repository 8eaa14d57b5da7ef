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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each instance of each application in a JVM of its own (as in production, where each is a
 * container), logs to {@code .remacto/logs/<name>.log}, and records the pids in
 * {@code .remacto/run/<name>.pid} so that a start after a crash of the launcher ({@code kill -9})
 * first ends the instances it left behind. Once the platform is up, an instance that dies is started
 * again, after a pause that doubles with each of its deaths in a row (as an orchestrator's restart
 * policy would), and the launcher says so.
 */
final class ApplicationProcesses implements AutoCloseable {

    /** The pause before the first restart, doubled after each death in a row, up to {@link #LONGEST_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    /** An instance up this long has recovered: its next death waits the first pause again. */
    static final Duration RECOVERED_AFTER = Duration.ofMinutes(2);

    private final Map<ApplicationInstance, Process> running = new ConcurrentHashMap<>();
    private final Map<ApplicationInstance, ProcessBuilder> commands = new ConcurrentHashMap<>();
    private final Map<ApplicationInstance, Integer> deathsInARow = new ConcurrentHashMap<>();
    private final Map<ApplicationInstance, Integer> restarts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "remacto-restarter");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean supervising;
    private volatile boolean closing;
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
     * Starts one instance of an application. Secrets go in {@code environment}, which only the same
     * user can read ({@code /proc/<pid>/environ}), never in the arguments, which every user of the
     * machine sees.
     */
    void start(ApplicationInstance instance, List<String> jvmOptions, Path jar, List<String> arguments,
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
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(instance).toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().putAll(environment);
        commands.put(instance, builder);
        launch(instance);
    }

    private void launch(ApplicationInstance instance) throws IOException {
        Process process = commands.get(instance).start();
        long started = System.nanoTime();
        running.put(instance, process);
        Files.writeString(pidFile(instance), Long.toString(process.pid()));
        process.onExit().thenAccept(ended -> died(instance, ended, Duration.ofNanos(System.nanoTime() - started)));
    }

    private Path pidFile(ApplicationInstance instance) {
        return runDirectory.resolve(instance.name() + ".pid");
    }

    /** From now on, an instance that dies is started again. */
    void supervise() {
        supervising = true;
    }

    private void died(ApplicationInstance instance, Process process, Duration lived) {
        if (closing || !supervising || running.get(instance) != process) {
            return;
        }
        int deaths = lived.compareTo(RECOVERED_AFTER) >= 0 ? 1 : deathsInARow.merge(instance, 1, Integer::sum);
        deathsInARow.put(instance, deaths);
        Duration pause = pauseBefore(deaths);
        System.out.printf("  %s stopped (exit %d) after %d s; starting it again in %d s (restart %d in a row)%n",
                instance.name(), process.exitValue(), lived.toSeconds(), pause.toSeconds(), deaths);
        restarter.schedule(() -> restart(instance), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Duration pauseBefore(int deathsInARow) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(deathsInARow - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void restart(ApplicationInstance instance) {
        if (closing) {
            return;
        }
        try {
            launch(instance);
            restarts.merge(instance, 1, Integer::sum);
            System.out.println("  " + instance.name() + " started again (pid " + running.get(instance).pid() + ")");
        } catch (IOException e) {
            System.out.println("  " + instance.name() + " could not be started again: " + e.getMessage());
        }
    }

    /** How many times an instance was started again after dying. */
    int restarts(ApplicationInstance instance) {
        return restarts.getOrDefault(instance, 0);
    }

    Path log(ApplicationInstance instance) {
        return logDirectory.resolve(instance.name() + ".log");
    }

    /** Waits until these instances report UP on their management ports, failing fast when one of them dies. */
    void awaitHealthy(List<ApplicationInstance> instances, LocalSettings settings, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ApplicationInstance> waiting = new ArrayList<>(instances);
        while (!waiting.isEmpty()) {
            for (ApplicationInstance instance : List.copyOf(waiting)) {
                Process process = running.get(instance);
                if (!process.isAlive()) {
                    throw new IllegalStateException(instance.name() + " stopped (exit " + process.exitValue()
                            + "); the end of " + log(instance) + ":\n" + tail(log(instance)));
                }
                if (healthy(instance.managementUrl(settings))) {
                    waiting.remove(instance);
                    System.out.println("  " + instance.name() + " is up on port " + instance.port(settings));
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

    /** Stops every instance, the gateways first, each with a grace period for a clean shutdown. */
    @Override
    public void close() {
        closing = true;
        restarter.shutdownNow();
        List<ApplicationInstance> order = new ArrayList<>(running.keySet());
        order.sort(Comparator.comparingInt((ApplicationInstance instance) -> Application.ALL.indexOf(instance.application()))
                .reversed().thenComparingInt(ApplicationInstance::index));
        for (ApplicationInstance instance : order) {
            running.get(instance).destroy();
        }
        for (ApplicationInstance instance : order) {
            Process process = running.get(instance);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
                Files.deleteIfExists(pidFile(instance));
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
