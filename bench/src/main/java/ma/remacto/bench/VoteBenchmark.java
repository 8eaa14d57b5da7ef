package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citizens vote through the gateway of a running local platform, with real tokens: prints votes
 * per second, latency percentiles, and how long the results take to show every vote.
 *
 * <p>Then, in the same run, measures what the platform's PostgreSQL does on its own: durable
 * single-row inserts from a few connections ({@link RawInserts}), and prints the votes' rate as a
 * share of it.
 *
 * <p>Arguments (all optional): gateway URL, citizens, items, concurrent requests. Defaults:
 * {@code http://localhost:8080 2000 10 32} — 2,000 citizens × 10 items = 20,000 votes. The citizens
 * are residents of Temara as the development issuer vouches (the {@code residence} claim). Options,
 * anywhere among them: {@code --db-url=}, {@code --db-user=} and {@code --db-password=}, the server
 * the local run uses by the same environment (its embedded PostgreSQL,
 * {@code jdbc:postgresql://localhost:54329/postgres}, {@code postgres}/{@code postgres}, unless
 * {@code REMACTO_DB_URL}, {@code REMACTO_DB_PORT}, {@code REMACTO_DB_USER}, {@code REMACTO_DB_PASSWORD}
 * say otherwise); {@code --raw-clients=} (8) and {@code --raw-seconds=} (8; 0 skips the raw measurement).
 */
public final class VoteBenchmark {

    /** The votes' rate should reach this share of PostgreSQL's raw insert rate. */
    private static final double TARGET_RATIO = 0.12;

    private VoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Arguments arguments = new Arguments(args, Map.of(
                "db-url", env.getOrDefault("REMACTO_DB_URL",
                        "jdbc:postgresql://localhost:" + env.getOrDefault("REMACTO_DB_PORT", "54329") + "/postgres"),
                "db-user", env.getOrDefault("REMACTO_DB_USER", "postgres"),
                "db-password", env.getOrDefault("REMACTO_DB_PASSWORD", "postgres"),
                "raw-clients", "8",
                "raw-seconds", "8"));
        String gatewayUrl = arguments.text(0, "http://localhost:8080");
        int citizens = arguments.number(1, 2000);
        int items = arguments.number(2, 10);
        int concurrency = arguments.number(3, 32);
        Gateway gateway = new Gateway(gatewayUrl);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String collectivity = "temara";

        System.out.printf("vote benchmark against %s: %d citizens × %d items, %d requests in flight%n",
                gatewayUrl, citizens, items, concurrency);
        String admin = gateway.token(Map.of("sub", "bench-admin", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", collectivity));
        String processId = "bench-" + run;
        gateway.create("/api/processes", admin, Map.of("id", processId, "collectivityId", collectivity,
                "title", "benchmark " + run, "cycle", "2027-2028"));
        awaitStatus(gateway, "/api/processes/" + processId, 200);
        gateway.create("/api/processes/" + processId + "/phase", admin,
                Map.of("phase", "CONSULTATION", "on", LocalDate.now().toString()));
        List<Map<String, String>> consultationItems = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            consultationItems.add(Map.of("ref", "bench-item-" + i, "title", "مشروع " + i));
        }
        JsonNode consultation = gateway.create("/api/processes/" + processId + "/consultations", admin, Map.of(
                "title", "benchmark " + run, "items", consultationItems,
                "opensAt", Instant.now().minusSeconds(60).toString(),
                "closesAt", Instant.now().plusSeconds(3600).toString()));
        String consultationId = consultation.path("id").asText();
        awaitStatus(gateway, "/api/consultations/" + consultationId, 200);
        JsonNode itemIds = gateway.get("/api/consultations/" + consultationId).path("items");

        System.out.printf("minting %d citizen tokens…%n", citizens);
        String[] tokens = new String[citizens];
        for (int c = 0; c < citizens; c++) {
            tokens[c] = gateway.token(Map.of("sub", "bench-" + run + "-citizen-" + c, "roles", List.of("CITIZEN"),
                    "residence", collectivity));
        }

        int total = citizens * items;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<Void>> pending = new ArrayList<>(total);
        System.out.printf("casting %d votes…%n", total);
        long started = System.nanoTime();
        for (int v = 0; v < total; v++) {
            int vote = v;
            String token = tokens[v % citizens];
            String itemId = itemIds.get((v / citizens) % items).path("itemId").asText();
            inFlight.acquire();
            long sent = System.nanoTime();
            pending.add(gateway.sendAsync("PUT", "/api/consultations/" + consultationId + "/items/" + itemId + "/vote",
                            token, Map.of("choice", vote % 3 == 0 ? "AGAINST" : "FOR"))
                    .handle((HttpResponse<String> response, Throwable error) -> {
                        latencies[vote] = System.nanoTime() - sent;
                        if (error != null || response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        }
                        inFlight.release();
                        return null;
                    }));
            if ((v + 1) % 5000 == 0) {
                System.out.printf("  %d votes sent%n", v + 1);
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long lastVote = System.nanoTime();
        double seconds = (lastVote - started) / 1e9;

        long counted = 0;
        while (counted < total - failures.get() && System.nanoTime() - lastVote < 120_000_000_000L) {
            JsonNode results = gateway.get("/api/consultations/" + consultationId + "/results");
            counted = 0;
            for (JsonNode item : results.path("items")) {
                counted += item.path("online").path("for").asLong() + item.path("online").path("against").asLong();
            }
            if (counted < total - failures.get()) {
                Thread.sleep(100);
            }
        }
        double visibleAfter = (System.nanoTime() - lastVote) / 1e9;

        Arrays.sort(latencies);
        double votesPerSecond = total / seconds;
        System.out.printf("%nvotes: %d sent, %d failed, %.1f s → %.0f votes/s%n", total, failures.get(), seconds, votesPerSecond);
        System.out.printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", Latencies.percentileMs(latencies, total, 50),
                Latencies.percentileMs(latencies, total, 99), latencies[latencies.length - 1] / 1e6);
        System.out.printf("results show %d of %d votes %.2f s after the last vote%n", counted, total - failures.get(),
                visibleAfter);

        if (arguments.numberOption("raw-seconds") > 0) {
            rawInserts(arguments, votesPerSecond);
        }
        jvmHint();
    }

    private static void rawInserts(Arguments arguments, double votesPerSecond) throws Exception {
        int clients = arguments.numberOption("raw-clients");
        int seconds = arguments.numberOption("raw-seconds");
        System.out.printf("%nmeasuring PostgreSQL's raw inserts at %s: %d connections, %d s…%n", arguments.option("db-url"),
                clients, seconds);
        RawInserts.Result raw = RawInserts.measure(arguments.option("db-url"), arguments.option("db-user"),
                arguments.option("db-password"), clients, Duration.ofSeconds(seconds));
        System.out.printf("raw PostgreSQL inserts: %,d in %.1f s → %,.0f inserts/s (single-row INSERT, autocommit, "
                        + "synchronous_commit=on, fsync=%s, %d connections), p50 %.1f ms, p99 %.1f ms%n",
                raw.inserts(), raw.seconds(), raw.insertsPerSecond(), raw.fsync(), clients,
                raw.latencies().percentileMs(50), raw.latencies().percentileMs(99));
        System.out.printf("ratio votes/raw = %.2f (target >= %.2f)%n", votesPerSecond / raw.insertsPerSecond(), TARGET_RATIO);
    }

    /** The local run's default JVM options favour start-up and memory; throughput needs the full JIT. */
    private static void jvmHint() {
        boolean startUpOptions = ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(command -> command.contains("gateway.jar") || command.contains("proposals-service.jar"))
                .anyMatch(command -> command.contains("-XX:TieredStopAtLevel=1"));
        if (startUpOptions) {
            System.out.println("hint: the platform runs with -XX:TieredStopAtLevel=1 (the local run's default, for start-up);"
                    + " to measure throughput start it with REMACTO_JVM_OPTS=\"-Xmx384m -Xss512k -XX:+UseSerialGC\""
                    + " and take the third run (the first ones warm the JIT)");
        }
    }

    private static void awaitStatus(Gateway gateway, String path, int status) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (gateway.send("GET", path, null, null).statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " did not answer " + status);
            }
            Thread.sleep(100);
        }
    }
}
