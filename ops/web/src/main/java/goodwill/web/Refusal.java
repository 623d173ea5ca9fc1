package goodwill.web;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal that carries its own answer: a problem with its status, its stable {@code code} and whatever more it
 * says, answered by {@link ProblemResponses} as Spring answers every {@link org.springframework.web.ErrorResponse}
 * (with its headers too). Its message is the problem's detail.
 */
public class Refusal extends ErrorResponseException {

    public Refusal(HttpStatusCode status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public Refusal(HttpStatusCode status, String code, String detail, List<ProblemResponses.FieldProblem> errors) {
        super(status, ProblemResponses.problemDetail(status, code, detail, errors), null);
    }

    /** Says one more thing in the problem, as a property of its own. */
    protected final void say(String property, Object value) {
        getBody().setProperty(property, value);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
