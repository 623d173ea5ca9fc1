package goodwill.access;

import goodwill.web.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of the accounts, tokens and members endpoints, as problems with a stable code. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblemAdvice {

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Object> refused(AccessRefusedException refusal) {
        if ("invalid-request".equals(refusal.code())) {
            return ProblemResponses.invalidRequest(
                    List.of(new ProblemResponses.FieldProblem(refusal.field(), refusal.getMessage())));
        }
        return ProblemResponses.problem(refusal.status(), refusal.code(), refusal.getMessage(),
                                        refusal.field() == null ? List.of()
                                                : List.of(new ProblemResponses.FieldProblem(refusal.field(), refusal.getMessage())));
    }
}
