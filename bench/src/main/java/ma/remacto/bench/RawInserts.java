package ma.remacto.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own rate of durable single-row inserts from a few connections: the ceiling a vote,
 * which commits at least one row, could approach on the same server. Each connection inserts one
 * row of about an event's size per transaction (autocommit, {@code synchronous_commit=on}) into a
 * plain table of a scratch database that is created for the measurement and dropped after it. A
 * temporary table would not do: its rows skip the write-ahead log, so its commits wait for no disk.
 */
final class RawInserts {

    static final String SCRATCH_DATABASE = "remacto_bench_raw";

    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    /** @param fsync the server's {@code fsync} setting: with it off, no commit waits for the disk */
    record Result(long inserts, double seconds, Latencies latencies, String fsync) {

        double insertsPerSecond() {
            return inserts / seconds;
        }
    }

    private RawInserts() {
    }

    /**
     * Inserts from {@code clients} connections for {@code duration} after a second of warm-up.
     *
     * @param url a JDBC URL of the server; its database (default {@code postgres}) is used only to
     *            create and drop the scratch database
     */
    static Result measure(String url, String user, String password, int clients, Duration duration) throws Exception {
        Matcher server = SERVER_URL.matcher(url);
        if (!server.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        String scratchUrl = server.group(1) + "/" + SCRATCH_DATABASE + (server.group(3) == null ? "" : server.group(3));
        String fsync;
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH_DATABASE); // left by an interrupted run
            statement.execute("CREATE DATABASE " + SCRATCH_DATABASE);
            try (ResultSet setting = statement.executeQuery("SHOW fsync")) {
                setting.next();
                fsync = setting.getString(1);
            }
        }
        try {
            try (Connection connection = DriverManager.getConnection(scratchUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE raw_insert (
                            client      integer     NOT NULL,
                            sequence    bigint      NOT NULL,
                            subject     text        NOT NULL,
                            payload     bytea       NOT NULL,
                            recorded_at timestamptz NOT NULL DEFAULT now(),
                            PRIMARY KEY (client, sequence))""");
            }
            return insert(scratchUrl, user, password, clients, duration, fsync);
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH_DATABASE);
            }
        }
    }

    private static Result insert(String url, String user, String password, int clients, Duration duration, String fsync)
            throws Exception {
        long measureFrom = System.nanoTime() + WARM_UP.toNanos();
        long until = measureFrom + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Latencies>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> insertUntil(url, user, password, client, measureFrom, until)));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> worker : workers) {
                all.addAll(worker.get());
            }
            return new Result(all.count(), duration.toNanos() / 1e9, all, fsync);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One connection's inserts; those that start before {@code measureFrom} warm up and are not counted. */
    private static Latencies insertUntil(String url, String user, String password, int client, long measureFrom, long until)
            throws SQLException {
        Latencies latencies = new Latencies();
        byte[] payload = new byte[320];
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit = on");
            }
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO raw_insert (client, sequence, subject, payload) VALUES (?, ?, ?, ?)")) {
                for (long sequence = 0; ; sequence++) {
                    long start = System.nanoTime();
                    if (start >= until) {
                        return latencies;
                    }
                    ThreadLocalRandom.current().nextBytes(payload);
                    insert.setInt(1, client);
                    insert.setLong(2, sequence);
                    insert.setString(3, "raw-" + client + ":item:" + sequence);
                    insert.setBytes(4, payload);
                    insert.executeUpdate();
                    if (start >= measureFrom) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
            }
        }
    }
}
