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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each application in a JVM of its own (as in production, where each is a container), logs
 * to {@code .remacto/logs/}, and records the pids so that a start after a crash of the launcher
 * ({@code kill -9}) first ends the applications it left behind. Once the platform is up, an
 * application that dies is started again, after a pause that doubles with each death in a row
 * (as an orchestrator's restart policy would), and the launcher says so.
 */
final class ApplicationProcesses implements AutoCloseable {

    /** The pause before the first restart, doubled after each death in a row, up to {@link #LONGEST_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    /** An application up this long has recovered: its next death waits the first pause again. */
    static final Duration RECOVERED_AFTER = Duration.ofMinutes(2);

    private final Map<Application, Process> running = new ConcurrentHashMap<>();
    private final Map<Application, ProcessBuilder> commands = new ConcurrentHashMap<>();
    private final Map<Application, Integer> deathsInARow = new ConcurrentHashMap<>();
    private final Map<Application, Integer> restarts = new ConcurrentHashMap<>();
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
        commands.put(application, builder);
        launch(application);
    }

    private void launch(Application application) throws IOException {
        Process process = commands.get(application).start();
        long started = System.nanoTime();
        running.put(application, process);
        Files.writeString(runDirectory.resolve(application.module() + ".pid"), Long.toString(process.pid()));
        process.onExit().thenAccept(ended -> died(application, ended, Duration.ofNanos(System.nanoTime() - started)));
    }

    /** From now on, an application that dies is started again. */
    void supervise() {
        supervising = true;
    }

    private void died(Application application, Process process, Duration lived) {
        if (closing || !supervising || running.get(application) != process) {
            return;
        }
        int deaths = lived.compareTo(RECOVERED_AFTER) >= 0 ? 1 : deathsInARow.merge(application, 1, Integer::sum);
        deathsInARow.put(application, deaths);
        Duration pause = pauseBefore(deaths);
        System.out.printf("  %s stopped (exit %d) after %d s; starting it again in %d s (restart %d in a row)%n",
                application.module(), process.exitValue(), lived.toSeconds(), pause.toSeconds(), deaths);
        restarter.schedule(() -> restart(application), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Duration pauseBefore(int deathsInARow) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(deathsInARow - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void restart(Application application) {
        if (closing) {
            return;
        }
        try {
            launch(application);
            restarts.merge(application, 1, Integer::sum);
            System.out.println("  " + application.module() + " started again (pid " + running.get(application).pid() + ")");
        } catch (IOException e) {
            System.out.println("  " + application.module() + " could not be started again: " + e.getMessage());
        }
    }

    /** How many times an application was started again after dying. */
    int restarts(Application application) {
        return restarts.getOrDefault(application, 0);
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
        closing = true;
        restarter.shutdownNow();
        List<Application> order = new ArrayList<>(Application.ALL);
        order.retainAll(running.keySet());
        Collections.reverse(order);
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
