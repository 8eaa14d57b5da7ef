package ma.remacto.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Dashboard read benchmark (prints figures, asserts nothing): fills reporting-service as the
 * rebuild benchmark does (a PostgreSQL and a Kafka of its own, the service in a JVM of its own),
 * waits until its live projections and the hash chain have every event, then has concurrent
 * clients read the public dashboards directly from the service in a realistic mix
 * ({@link DashboardReads}), each sending its next request when the last one is answered, for a
 * fixed time after a warm-up. Prints per kind of read and overall the requests, their rate and
 * latency percentiles, and the service's memory and CPU.
 *
 * <p>Arguments: [members (1590)] [events per member (630: 1,001,700 events)] [clients (8)]
 * [seconds (60)] [warm-up seconds (15)] [reporting JVM options ("-Xmx512m")].
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args, Map.of());
        int members = arguments.number(0, 1590);
        SampleEvents.Shape shape = SampleEvents.Shape.ofEvents(arguments.number(1, 630));
        int clients = arguments.number(2, 8);
        Duration measured = Duration.ofSeconds(arguments.number(3, 60));
        Duration warmUp = Duration.ofSeconds(arguments.number(4, 15));
        String jvmOptions = arguments.text(5, "-Xmx512m");
        Path home = Files.createTempDirectory("remacto-read-bench");
        System.out.printf("read benchmark: %,d members × %,d events (%d proposals, %d votes each), %d clients, %d s after %d s"
                        + " of warm-up, reporting JVM %s, data in %s%n", members, shape.events(), shape.proposals(),
                shape.votes(), clients, measured.toSeconds(), warmUp.toSeconds(), jvmOptions, home);
        try (StandaloneReporting reporting = StandaloneReporting.infrastructure(home)) {
            long events = SampleEvents.write(reporting.bootstrapServers(), members, shape);
            reporting.startService(jvmOptions);
            double liveSeconds = reporting.awaitLive(events);
            System.out.printf("live projections took all %,d events %.1f s after the service started%n", events, liveSeconds);
            reporting.awaitChain(events);

            DashboardReads mix = new DashboardReads(members, events);
            System.out.printf("reading from %s: warm-up %d s…%n", reporting.baseUrl(), warmUp.toSeconds());
            ReadTally tally = read(reporting, mix, clients, warmUp, measured);
            tally.print(mix, measured, clients);
            System.out.printf("reporting memory: peak resident %,d MB during the reads, %,d MB over the run (JVM %s)%n",
                    tally.peakResidentMb, reporting.peakResidentMb(), jvmOptions);
            System.out.printf("reporting CPU: %.2f ms per request (%.0f %% of one core); benchmark clients: %.2f ms per request%n",
                    tally.serviceCpu.toNanos() / 1e6 / tally.requests(),
                    100.0 * tally.serviceCpu.toNanos() / measured.toNanos(),
                    tally.clientCpu.toNanos() / 1e6 / tally.requests());
            System.out.printf("service log: %s%n", reporting.log());
        }
    }

    private static ReadTally read(StandaloneReporting reporting, DashboardReads mix, int clients, Duration warmUp,
                                  Duration measured) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long until = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            List<Future<ReadTally>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> client(http, reporting.baseUrl(), mix, measureFrom, until)));
            }
            AtomicBoolean measuring = new AtomicBoolean(true);
            AtomicLong peakResident = new AtomicLong();
            Future<?> sampler = pool.submit(() -> {
                while (measuring.get()) {
                    if (System.nanoTime() >= measureFrom) {
                        peakResident.accumulateAndGet(reporting.residentMb(), Math::max);
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            System.out.printf("measuring %d s…%n", measured.toSeconds());
            Duration serviceCpu = reporting.cpu().orElse(Duration.ZERO);
            Duration clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            ReadTally tally = new ReadTally(mix.all().size());
            for (Future<ReadTally> worker : workers) {
                tally.add(worker.get());
            }
            tally.serviceCpu = reporting.cpu().orElse(Duration.ZERO).minus(serviceCpu);
            tally.clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(clientCpu);
            measuring.set(false);
            sampler.get();
            tally.peakResidentMb = peakResident.get();
            return tally;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: a request, its answer read whole, the next request; counted from {@code measureFrom} on. */
    private static ReadTally client(HttpClient http, String baseUrl, DashboardReads mix, long measureFrom, long until) {
        Random random = ThreadLocalRandom.current();
        ReadTally tally = new ReadTally(mix.all().size());
        while (true) {
            long start = System.nanoTime();
            if (start >= until) {
                return tally;
            }
            int read = mix.pick(random);
            String path = mix.all().get(read).path().apply(random);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build();
            String error = null;
            long size = 0;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                size = response.body().length;
                if (response.statusCode() != 200) {
                    error = response.statusCode() + " " + path;
                }
            } catch (IOException e) {
                error = e + " " + path;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tally;
            }
            long took = System.nanoTime() - start;
            if (start >= measureFrom) {
                tally.add(read, took, size, error);
            }
        }
    }
}
