package goodwill.command.web;

import goodwill.command.CommandRefusedException;
import goodwill.web.ProblemResponses;
import java.util.List;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the command API as an RFC 9457 problem ({@code application/problem+json}) with a stable
 * {@code code} a client can switch on, and, when it is about request fields, {@code errors: [{field,
 * message}]}. Bad input is never answered 500 and no answer carries a stack trace.
 * <p>
 * A refusal of the domain is answered with the status and the code its {@link CommandRefusedException.Reason} carries:
 * that enum is the one table of them (a thing unknown in a request field is 422, the same thing unknown in the path
 * 404 under the same code). Besides: {@code invalid-request}, {@code malformed-json} and {@code invalid-header}
 * (400), {@code concurrent-change} (409), {@code body-too-large} (413), {@code internal-error} (500, for faults only,
 * without their story), and for what Spring MVC refuses by itself the status in words ({@code not-found},
 * {@code method-not-allowed}, {@code unsupported-media-type}, …).
 * <p>
 * It answers for the command side's controllers only, so that in the single-node app the query side's
 * refusals stay the query side's. What Spring MVC refuses by itself, and malformed bodies, are answered as
 * {@link ProblemResponses} answers them on both sides.
 */
@RestControllerAdvice(basePackages = "goodwill.command")
@Order(0)
class CommandProblemAdvice extends ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<Object> refused(CommandRefusedException refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.reason().status());
        List<FieldProblem> errors = refusal.field() == null
                ? List.of()
                : List.of(new FieldProblem(refusal.field(), refusal.getMessage()));
        return problem(status, refusal.reason().code(), refusal.getMessage(), errors);
    }

    /** Two requests creating the same thing at the same moment: the loser may retry and get the winner's answer. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentChange(Exception e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                       "Another request changed the same thing at the same time; retry the request.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                       "The request could not be completed, and may or may not have been recorded: "
                               + "retrying it with the same ids records it at most once.", List.of());
    }
}
