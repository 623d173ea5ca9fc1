package goodwill.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems for requests that reached no controller (an unknown path, a wrong method or media type, a multipart
 * body that cannot be read): each side's own advice, which comes first, answers for its controllers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemFallback extends ProblemResponses {
}
