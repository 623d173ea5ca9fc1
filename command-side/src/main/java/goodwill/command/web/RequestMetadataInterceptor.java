package goodwill.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Resolves the request metadata before a command controller runs, and tells the client its correlation id.
 * Other handlers (the query side's, in the single-node app) are left alone.
 */
class RequestMetadataInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("goodwill.command")) {
            return true;
        }
        RequestMetadata metadata = RequestMetadata.resolve(request);
        response.setHeader(RequestMetadata.CORRELATION_HEADER, metadata.correlationId());
        return true;
    }
}
