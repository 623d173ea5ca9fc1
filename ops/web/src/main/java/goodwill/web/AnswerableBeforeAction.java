package goodwill.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) with
 * {@code 406 not-acceptable} before its handler runs, when its {@code Accept} header takes no JSON: Spring would
 * otherwise notice only when writing the answer, after the command was recorded, and a request answered with an
 * error would have recorded something.
 */
class AnswerableBeforeAction implements HandlerInterceptor {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !(handler instanceof HandlerMethod) || !CHANGES.contains(request.getMethod())) {
            return true;
        }
        for (MediaType accepted : MediaType.parseMediaTypes(accept)) {
            if (ANSWERS.stream().anyMatch(accepted::isCompatibleWith)) {
                return true;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
