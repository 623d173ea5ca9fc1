package goodwill.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Resolves the request metadata before the controller runs, and tells the client its correlation id. */
class RequestMetadataInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RequestMetadata metadata = RequestMetadata.resolve(request);
        response.setHeader(RequestMetadata.CORRELATION_HEADER, metadata.correlationId());
        return true;
    }
}
