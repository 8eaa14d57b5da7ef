package ma.remacto.gateway;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem body with the platform's {@code type} URIs and machine-readable {@code code},
 * the same shape the services answer with.
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final String TYPE_BASE = "https://remacto.ma/problems/";

    public static Problem of(HttpStatus status, String code, String detail) {
        return new Problem(TYPE_BASE + code, status.getReasonPhrase(), status.value(), detail, code);
    }

    /**
     * Writes this problem as the response, with its status, {@code application/problem+json}, and
     * {@code Content-Language: en}, the language of its detail, as the services' problems say.
     */
    public Mono<Void> writeTo(ServerHttpResponse response, JsonMapper json) {
        response.setStatusCode(HttpStatus.valueOf(status));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, "en");
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(this));
        return response.writeWith(Mono.just(body));
    }
}
