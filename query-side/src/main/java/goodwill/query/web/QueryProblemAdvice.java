package goodwill.query.web;

import goodwill.query.NotFoundException;
import goodwill.query.ReadModelDegraded;
import goodwill.query.ReadModelRebuilding;
import goodwill.web.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the query API as RFC 9457 problems with a stable {@code code}: {@code unknown-ledger} and
 * {@code unknown-contact} (404), {@code rebuilding} (503, with {@code readModel}, {@code progressPercent} and a
 * {@code Retry-After} header), {@code read-model-degraded} (503, with {@code readModel}, the {@code event} it set
 * aside and {@code eventsSetAside}), {@code internal-error} (500, without its story). It answers for the query
 * side's controllers only, so that in the single-node app the command side's refusals stay the command
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

    @ExceptionHandler(ReadModelRebuilding.class)
    ResponseEntity<Object> rebuilding(ReadModelRebuilding e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("code", "rebuilding");
        problem.setProperty("readModel", e.processor());
        problem.setProperty("progressPercent", e.progressPercent());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                             .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                             .body(problem);
    }

    @ExceptionHandler(ReadModelDegraded.class)
    ResponseEntity<Object> degraded(ReadModelDegraded e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("code", "read-model-degraded");
        problem.setProperty("readModel", e.processor());
        problem.setProperty("event", Map.of("eventId", e.eventId(), "type", e.eventType(),
                                            "setAsideAt", e.setAsideAt().toString(), "reason", e.reason()));
        problem.setProperty("eventsSetAside", e.eventsSetAside());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
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
