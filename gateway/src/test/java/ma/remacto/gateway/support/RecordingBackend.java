package ma.remacto.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny real HTTP service standing in for a backend: it records what reached it and answers
 * {@code 201 {"id":"x"}} to everything (or another status, {@link #answerWith}). The request is recorded before the answer is sent, so
 * once the gateway has answered, the record is complete.
 */
public final class RecordingBackend implements AutoCloseable {

    /** What the backend saw of one request. */
    public record Seen(String method, String path, String authorization, String correlationId) {
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    private RecordingBackend(HttpServer server) {
        this.server = server;
    }

    public static RecordingBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingBackend backend = new RecordingBackend(server);
            server.createContext("/", backend::answer);
            server.start();
            return backend;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Routes every service of the gateway under test to this one backend. */
    public void serveEveryService(DynamicPropertyRegistry registry) {
        for (String service : List.of("network", "proposals", "programs", "reporting")) {
            registry.add("remacto.services." + service, this::url);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public void forget() {
        seen.clear();
    }

    /** From now on, answers with this status (201 unless told). */
    public void answerWith(int status) {
        this.status = status;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-Correlation-Id")));
            byte[] body = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
