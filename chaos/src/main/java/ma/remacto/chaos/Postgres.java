package ma.remacto.chaos;

import ma.remacto.infra.EmbeddedPostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The run's PostgreSQL: the embedded server on a fixed port and data directory. Its postmaster is a
 * process of its own; a fault kills it and its backends ({@code kill -9}), and the server is
 * started again on the same data.
 */
final class Postgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgresServer server;

    Postgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    synchronized void start() {
        server = EmbeddedPostgresServer.start(dataDirectory, port);
    }

    /** The server URL the launcher takes ({@code REMACTO_DB_URL}). */
    String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    /** {@code kill -9} of the postmaster and every backend; returns once all are gone. */
    synchronized long kill() throws IOException {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
        Signals.killTree(postmaster);
        return pid;
    }

    /** Starts the server again on the same data, after {@link #kill()}: crash recovery replays its WAL. */
    synchronized void restart() {
        // releases the library's lock on the data directory; stopping the dead server only logs an error
        server.close();
        start();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
