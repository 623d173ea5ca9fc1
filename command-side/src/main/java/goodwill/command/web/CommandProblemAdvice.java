package goodwill.command.web;

import goodwill.command.CommandRefusedException;
import goodwill.web.ProblemResponses;
import java.util.List;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Every refusal of the command API as an RFC 9457 problem ({@code application/problem+json}) with a stable
 * {@code code} a client can switch on, and, when it is about request fields, {@code errors: [{field,
 * message}]}. Bad input is never answered 500 and no answer carries a stack trace.
 * <p>
 * Codes: {@code invalid-request} and {@code malformed-json} (400), {@code invalid-header} (400),
 * {@code out-of-range} (400: a time before 1900, a due date over ten years ahead, a weight from a caller that bypasses the HTTP validation), {@code unknown-ledger} (404),
 * {@code id-conflict} and {@code concurrent-change} (409),
 * {@code body-too-large} (413), {@code unknown-contact}, {@code unknown-favor},
 * {@code same-giver-and-receiver}, {@code toward-a-party}, {@code in-the-future} (422);
 * for corrections {@code already-retracted}, {@code favor-retracted}, {@code already-archived},
 * {@code already-merged} (409), {@code nothing-to-change}, {@code archived-contact}, {@code is-me},
 * {@code merge-into-itself}, {@code reciprocates-itself} (422); for members {@code unknown-member} (404),
 * {@code already-member}, {@code last-owner} (409), {@code unknown-user} (422); {@code unknown-contact} and {@code unknown-favor} are 404 when they are about
 * the contact or favor in the path rather than a body field. {@code internal-error}
 * (500, for faults only, without their story), and for what Spring
 * MVC refuses by itself the status in words ({@code not-found}, {@code method-not-allowed},
 * {@code unsupported-media-type}, …).
 * <p>
 * Records beyond favors add {@code unknown-introduction}, {@code unknown-commitment}, {@code unknown-ask} (404),
 * {@code already-resolved}, {@code already-answered} (409), {@code not-distinct}, {@code not-an-attendee}, {@code out-of-order} and
 * {@code not-applicable} (422).
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
        HttpStatus status = switch (refusal.reason()) {
            case UNKNOWN_LEDGER, UNKNOWN_INTRODUCTION, UNKNOWN_COMMITMENT, UNKNOWN_ASK, UNKNOWN_MEETING, UNKNOWN_MEMBER ->
                    HttpStatus.NOT_FOUND;
            case ID_CONFLICT, ALREADY_RETRACTED, FAVOR_RETRACTED, ALREADY_ARCHIVED, ALREADY_MERGED, ALREADY_RESOLVED,
                 ALREADY_ANSWERED, ALREADY_MEMBER, LAST_OWNER -> HttpStatus.CONFLICT;
            case OUT_OF_RANGE -> HttpStatus.BAD_REQUEST;
            case UNKNOWN_CONTACT, UNKNOWN_FAVOR, SAME_GIVER_AND_RECEIVER, TOWARD_A_PARTY, IN_THE_FUTURE,
                 NOTHING_TO_CHANGE, ARCHIVED_CONTACT, IS_ME, MERGE_INTO_ITSELF, RECIPROCATES_ITSELF,
                 NOT_DISTINCT, NOT_AN_ATTENDEE,
                 OUT_OF_ORDER, NOT_APPLICABLE, UNKNOWN_USER -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        if (refusal.field() == null && (refusal.reason() == CommandRefusedException.Reason.UNKNOWN_CONTACT
                || refusal.reason() == CommandRefusedException.Reason.UNKNOWN_FAVOR)) {
            status = HttpStatus.NOT_FOUND; // the thing named in the path, not in the body
        }
        List<FieldProblem> errors = refusal.field() == null
                ? List.of()
                : List.of(new FieldProblem(refusal.field(), refusal.getMessage()));
        return problem(status, codeOf(refusal.reason()), refusal.getMessage(), errors);
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ResponseEntity<Object> invalidHeader(InvalidHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-header", "The " + e.header() + " header " + e.getMessage() + ".",
                       List.of(new FieldProblem(e.header(), e.getMessage())));
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

    /** A body over the limit is cut short while it is read: 413, not a malformed body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof BodyTooLargeException tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", tooLarge.getMessage(), List.of());
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }
}
