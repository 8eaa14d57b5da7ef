package ma.remacto.gateway.hygiene;

import ma.remacto.gateway.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses bodies over their limit with 413 {@code payload-too-large}: from the declared
 * {@code Content-Length} before a byte is read, and for a body without one by counting its bytes
 * as they stream through, aborting the request (and its forwarding) at the first byte too many,
 * while an answer can still be given. Ahead of security, like the services' check.
 */
class BodySizeFilter implements WebFilter, Ordered {

    private final BodyLimits limits;
    private final List<PathPattern> importPaths;
    private final JsonMapper json;

    BodySizeFilter(BodyLimits limits, JsonMapper json) {
        this.limits = limits;
        this.importPaths = limits.importPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        boolean streamed = headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (declared <= 0 && !streamed) {
            return chain.filter(exchange);
        }
        long limit = limitFor(request);
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        AtomicBoolean exceeded = new AtomicBoolean();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        exceeded.set(true);
                        sink.error(new PayloadTooLarge(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(failure -> exceeded.get() && !exchange.getResponse().isCommitted(),
                        failure -> tooLarge(exchange, limit));
    }

    private long limitFor(ServerHttpRequest request) {
        boolean toImport = importPaths.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
        return toImport || !isJson(request.getHeaders()) ? limits.imports().toBytes() : limits.json().toBytes();
    }

    private static boolean isJson(HttpHeaders headers) {
        try {
            MediaType type = headers.getContentType();
            return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        // the rest of the body is never read: the connection cannot be reused
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "the request body is larger than " + limit + " bytes").writeTo(exchange.getResponse(), json);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** The body went past its limit while streaming. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes", null, false, false);
        }
    }
}
