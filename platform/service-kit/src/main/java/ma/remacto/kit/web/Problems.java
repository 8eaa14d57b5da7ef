package ma.remacto.kit.web;

import ma.remacto.kit.domain.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** Builds RFC 9457 problem details with the platform's {@code type} URIs and {@code code}. */
public final class Problems {

    public static final String TYPE_BASE = "https://remacto.ma/problems/";

    /**
     * The language of every {@code detail} and {@code title}: the API speaks English to its
     * clients, and the web pages show their own Arabic or French labels for a {@code code}.
     * {@code Content-Language} says so, whatever the client's {@code Accept-Language}.
     */
    public static final String LANGUAGE = "en";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** A refusal of the domain, with the status of its kind. */
    public static ProblemDetail of(DomainException refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return of(status, refusal.code(), refusal.getMessage());
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, LANGUAGE)
                .body(problem);
    }
}
