package goodwill.query.web;

import goodwill.query.NotFoundException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Refusals of the query API as RFC 9457 problems with a stable {@code code}: {@code unknown-ledger} and
 * {@code unknown-contact} (404), and for what Spring MVC refuses by itself the status in words. No stack
 * trace is ever sent.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    /** A query answered through the query bus fails wrapped; the cause is what went wrong. */
    @ExceptionHandler(CompletionException.class)
    ResponseEntity<Object> failedQuery(CompletionException e) {
        return e.getCause() instanceof NotFoundException notFound ? notFound(notFound) : unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The request could not be answered.");
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setProperty("code", known == null ? "error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
