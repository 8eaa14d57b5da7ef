package ma.remacto.kit.axon;

import ma.remacto.kit.domain.DomainException;
import ma.remacto.kit.web.ApiException;
import ma.remacto.kit.web.Problems;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps Axon's command failures to problem details; the rest is {@code ProblemDetailsAdvice}'s. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemDetailsAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "'" + e.getAggregateIdentifier() + "' does not exist"));
    }

    /** Creating what exists already (a client request id used twice). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> exists(AggregateStreamCreationException e) {
        return Problems.response(Problems.of(HttpStatus.CONFLICT, "already-exists",
                "a resource with this id exists already"));
    }

    /** Two writers on one aggregate at once. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrencyException e) {
        return Problems.response(Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "the resource was changed at the same time; read it and try again"));
    }

    /** A handler failure that crossed a bus boundary: answer with its cause when it is ours. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> execution(CommandExecutionException e) {
        if (e.getCause() instanceof DomainException refusal) {
            return Problems.response(Problems.of(refusal));
        }
        if (e.getCause() instanceof ApiException api) {
            return Problems.response(Problems.of(api.status(), api.code(), api.getMessage()));
        }
        throw e;
    }
}
