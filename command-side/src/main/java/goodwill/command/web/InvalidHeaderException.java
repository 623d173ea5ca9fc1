package goodwill.command.web;

import goodwill.web.ProblemResponses.FieldProblem;
import goodwill.web.Refusal;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A request header whose value cannot be used as it is: 400 {@code invalid-header}, naming the header. */
class InvalidHeaderException extends Refusal {

    InvalidHeaderException(String header, String problem) {
        super(HttpStatus.BAD_REQUEST, "invalid-header", "The " + header + " header " + problem + ".",
              List.of(new FieldProblem(header, problem)));
    }
}
