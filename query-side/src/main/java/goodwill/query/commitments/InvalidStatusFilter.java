package goodwill.query.commitments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A {@code status} filter that is none of {@link StatusFilter}'s: a 400 problem with code {@code invalid-status}
 * and the allowed values under {@code allowed}. As an {@link ErrorResponseException} it is answered by the query
 * side's problem advice like every other malformed request.
 */
class InvalidStatusFilter extends ErrorResponseException {

    InvalidStatusFilter(String status) {
        super(HttpStatus.BAD_REQUEST, problem(status), null);
    }

    private static ProblemDetail problem(String status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + status + "' is not a commitment status; allowed: " + String.join(", ", StatusFilter.ALLOWED) + ".");
        problem.setProperty("code", "invalid-status");
        problem.setProperty("allowed", StatusFilter.ALLOWED);
        return problem;
    }
}
