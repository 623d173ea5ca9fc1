package goodwill.query.advocacy;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A ranking parameter that cannot be read: a 400 problem with code {@code invalid-<parameter>} ({@code invalid-tier},
 * {@code invalid-offset}, {@code invalid-limit}), the parameter under {@code parameter} and what it allows under
 * {@code allowed}. As an {@link ErrorResponseException} it is answered by the query side's problem advice like every
 * other malformed request.
 */
class InvalidAdvocatesQuery extends ErrorResponseException {

    private InvalidAdvocatesQuery(String parameter, String value, Object allowed, String allowedInWords) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, value, allowed, allowedInWords), null);
    }

    static InvalidAdvocatesQuery tier(String value) {
        return new InvalidAdvocatesQuery("tier", value, Tier.ALLOWED, String.join(", ", Tier.ALLOWED));
    }

    static InvalidAdvocatesQuery offset(String value) {
        return new InvalidAdvocatesQuery("offset", value, List.of("0.."), "a whole number from 0");
    }

    static InvalidAdvocatesQuery limit(String value, int max) {
        return new InvalidAdvocatesQuery("limit", value, List.of("1.." + max), "a whole number from 1 to " + max);
    }

    private static ProblemDetail problem(String parameter, String value, Object allowed, String allowedInWords) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + value + "' is not a valid " + parameter + "; allowed: " + allowedInWords + ".");
        problem.setProperty("code", "invalid-" + parameter);
        problem.setProperty("parameter", parameter);
        problem.setProperty("allowed", allowed);
        return problem;
    }
}
