package goodwill.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (an error raised before or after the controllers: a
 * filter's refusal, a failure while writing an answer), as a problem in the one contract, in place of Spring Boot's
 * own error body. Asked for directly, {@code /error} is not a resource: 404; nor is it in the API description.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        String detail = status.getReasonPhrase() + ".";
        if (status.is5xxServerError()) {
            log.error("Request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                      (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            detail = "The request could not be completed.";
        }
        ResponseEntity<Object> problem = ProblemResponses.problem(
                status, status.is5xxServerError() ? "internal-error" : ProblemResponses.codeOf(status), detail, List.of());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
    }
}
