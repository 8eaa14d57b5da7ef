package ma.remacto.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one), run inside this
 * JVM. Its log directory is formatted on first start and reused afterwards, so the topics
 * survive a restart when the directory does.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker.
     *
     * @param logDirectory where the log lives (created and formatted when new)
     * @param port         the client port, or 0 for any free port
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        try {
            Files.createDirectories(logDirectory);
            int clientPort = port > 0 ? port : freePort();
            int controllerPort = freePort();
            Properties config = config(logDirectory, clientPort, controllerPort);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory, config);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, "localhost:" + clientPort);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Kafka could not start", e);
        }
    }

    private static Properties config(Path logDirectory, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The topics are the public, replayable record: nothing expires.
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("log.retention.bytes", "-1");
        return p;
    }

    private static void format(Path logDirectory, Properties config) throws IOException {
        Path file = logDirectory.resolveSibling(logDirectory.getFileName() + ".format.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "used once to format the KRaft log directory");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", file.toString(), "--ignore-formatted"
        }, new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(file);
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
