package goodwill.query.web;

import goodwill.query.NotFoundException;
import goodwill.web.ProblemResponses;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the query API as RFC 9457 problems with a stable {@code code}: {@code unknown-ledger} and
 * {@code unknown-contact} (404), {@code internal-error} (500, without its story); {@code rebuilding} and
 * {@code read-model-degraded} (503) carry their answers themselves ({@link goodwill.web.Refusal}). It answers for
 * the query side's controllers only, so that in the single-node app the command side's refusals stay the command
 * side's. What Spring MVC refuses by itself is answered as {@link ProblemResponses} answers it on both sides.
 */
@RestControllerAdvice(basePackages = "goodwill.query")
@Order(0)
class QueryProblemAdvice extends ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The request could not be answered.");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String code, String detail) {
        return problem(status, code, detail, List.of());
    }
}
