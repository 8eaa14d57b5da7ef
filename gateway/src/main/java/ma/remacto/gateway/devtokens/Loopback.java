package ma.remacto.gateway.devtokens;

import org.springframework.web.reactive.function.server.ServerRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Whether a request comes from this machine: the development issuer answers no one else. */
public final class Loopback {

    private Loopback() {
    }

    public static boolean caller(ServerRequest request) {
        return request.remoteAddress()
                .map(InetSocketAddress::getAddress)
                .map(InetAddress::isLoopbackAddress)
                .orElse(false);
    }
}
