package ma.remacto.kit.web;

import jakarta.validation.ConstraintViolationException;
import ma.remacto.kit.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The one mapping of exceptions to {@code application/problem+json} answers. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return Problems.response(Problems.of(e.status(), e.code(), e.getMessage()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return Problems.response(Problems.of(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", RequestFields.of(f, e.getBindingResult()),
                        "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                errors.stream().map(m -> m.get("field") + ": " + m.get("message")).sorted()
                        .reduce((a, b) -> a + "; " + b).orElse("the request is not valid"));
        problem.setProperty("errors", errors);
        return Problems.response(problem);
    }

    @ExceptionHandler({ConstraintViolationException.class, HandlerMethodValidationException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> invalidParameter(Exception e) {
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "'" + e.getValue() + "' is not a valid value for " + e.getName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        String detail = "the request body is not valid JSON for this operation";
        if (cause instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (cause instanceof InvalidFormatException format) {
            detail = "'" + format.getValue() + "' is not a valid value for " + path(format)
                    + allowed(format.getTargetType());
        } else if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            detail = "invalid value for " + path(databind);
        }
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", detail));
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).map(p -> "'" + p + "'").orElse("a field");
    }

    private static String allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            return " (allowed: " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) + ")";
        }
        return "";
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.getMessage()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return Problems.response(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMessage()));
    }

    /** The client went away during a streamed response: there is no one left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client gone: {}", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "not-found", "no such resource: /" + e.getResourcePath()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return Problems.response(Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the request could not be completed; it was logged"));
    }
}
