package ma.remacto.gateway;

import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem body with the platform's {@code type} URIs and machine-readable {@code code},
 * the same shape the services answer with.
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final String TYPE_BASE = "https://remacto.ma/problems/";

    public static Problem of(HttpStatus status, String code, String detail) {
        return new Problem(TYPE_BASE + code, status.getReasonPhrase(), status.value(), detail, code);
    }
}
