package ma.remacto.kit.web;

import org.springframework.http.HttpStatus;

/**
 * An error with an HTTP status and a machine-readable code, answered as
 * {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
