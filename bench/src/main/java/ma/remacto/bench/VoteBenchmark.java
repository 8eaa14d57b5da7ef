package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
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
 * <p>Arguments (all optional): gateway URL, citizens, items, concurrent requests. Defaults:
 * {@code http://localhost:8080 2000 10 32} — 2,000 citizens × 10 items = 20,000 votes. The citizens
 * are residents of Temara as the development issuer vouches (the {@code residence} claim).
 */
public final class VoteBenchmark {

    public static void main(String[] args) throws Exception {
        String gatewayUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        int citizens = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;
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
        System.out.printf("%nvotes: %d sent, %d failed, %.1f s → %.0f votes/s%n", total, failures.get(), seconds, total / seconds);
        System.out.printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
        System.out.printf("results show %d of %d votes %.2f s after the last vote%n", counted, total - failures.get(),
                visibleAfter);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
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
