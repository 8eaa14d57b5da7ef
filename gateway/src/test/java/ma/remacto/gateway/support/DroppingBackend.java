package ma.remacto.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that dies in the middle of a request, as a process killed while it works: it accepts the
 * connection, reads the whole request, and closes the connection without a word.
 */
public final class DroppingBackend implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger received = new AtomicInteger();

    private DroppingBackend(ServerSocket socket) {
        this.socket = socket;
    }

    public static DroppingBackend start() {
        try {
            DroppingBackend backend = new DroppingBackend(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(backend::serve, "dropping-backend");
            acceptor.setDaemon(true);
            acceptor.start();
            return backend;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many whole requests reached it. */
    public int received() {
        return received.get();
    }

    public void forget() {
        received.set(0);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                readRequest(connection.getInputStream());
                received.incrementAndGet();
            } catch (IOException closedOrBroken) {
                // the next connection, unless the backend was closed
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the request ended early");
            }
            head.append((char) c);
        }
        long length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        if (in.readNBytes((int) length).length != length) {
            throw new IOException("the body ended early");
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
