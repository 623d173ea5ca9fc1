package goodwill.query.web;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problems for requests that reached no controller (an unknown path, a wrong method), with the status in
 * words as their {@code code}. What the query controllers raise is answered by {@link QueryProblemAdvice},
 * which comes first. In the single-node app the command side has a fallback of its own; either answers the
 * same.
 */
@RestControllerAdvice
class QueryApiFallback extends ResponseEntityExceptionHandler {

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
}
